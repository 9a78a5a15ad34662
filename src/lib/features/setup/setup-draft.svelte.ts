/**
 * What the owner has typed on the setup screen so far. It lives outside the component because
 * choosing another language re-draws every screen, and nothing typed may be lost to that.
 */
import type { LetterPaperId } from '$lib/domain/letters-paper';

export interface SetupDraft {
	shopName: string;
	address: string;
	phone: string;
	email: string;
	hours: string;
	/** Empty until the owner picks one: the language's and region's default is shown till then. */
	currency: string;
	paper: LetterPaperId | '';
	pin: string;
	pinRepeat: string;
	/** The language was just switched: the re-drawn screen puts the focus back on its list. */
	languageSwitched: boolean;
}

function empty(): SetupDraft {
	return {
		shopName: '',
		address: '',
		phone: '',
		email: '',
		hours: '',
		currency: '',
		paper: '',
		pin: '',
		pinRepeat: '',
		languageSwitched: false
	};
}

export const setupDraft = $state<SetupDraft>(empty());

export function clearSetupDraft(): void {
	Object.assign(setupDraft, empty());
}
