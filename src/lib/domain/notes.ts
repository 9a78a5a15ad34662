/** Comments and complaints written on a card. */
export const MAX_NOTE_LENGTH = 5_000;

export type NoteTextError = 'empty' | 'too-long';

export function validateNoteText(text: string): NoteTextError | undefined {
	if (text.trim().length === 0) return 'empty';
	if (text.length > MAX_NOTE_LENGTH) return 'too-long';
	return undefined;
}
