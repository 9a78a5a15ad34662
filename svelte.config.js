import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A single-page app: every route is served by the fallback and rendered on the device.
		adapter: adapter({ fallback: 'index.html', strict: true }),
		serviceWorker: { register: false }
	}
};

export default config;
