/// <reference types="vite-plugin-pwa/client" />
// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** The spare history entry that keeps Back inside the kiosk (KioskGuard). */
			kioskGuard?: boolean;
		}
		// interface Platform {}
	}
}

export {};
