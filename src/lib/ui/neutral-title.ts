/**
 * A neutral tab title for the kiosk and the lock screen, also in SvelteKit's route announcer
 * (#svelte-announcer, a live region), which otherwise keeps the title of the last page navigated
 * to, such as a customer's name: both screens show without a navigation.
 */

/** The announcer's text node, when it has said anything since the start. */
function announcedText(): Text | undefined {
	const announcer = document.getElementById('svelte-announcer');
	if (!announcer) return undefined;
	for (const node of announcer.childNodes) {
		if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) return node as Text;
	}
	return undefined;
}

/**
 * Sets the title and says it in the announcer (which tells a screen-reader user what the screen
 * now is). Returns the undo, run when the screen goes: the announcer's own text comes back, so the
 * framework, which compares with what it last wrote there, keeps announcing later pages.
 */
export function announceNeutralTitle(title: string): () => void {
	// Set here too: the page's own <title> may only be applied after its onMount runs.
	document.title = title;
	const text = announcedText();
	if (!text) return () => {};
	const before = text.data;
	text.data = title;
	return () => {
		if (text.data === title) text.data = before;
	};
}
