/**
 * The parts of the search that only matter once the owner types: loaded as soon as the cards are
 * ready (before the first keystroke in practice), so the counter's first download stays small.
 */
export { default as SearchCount } from './SearchCount.svelte';
export { default as SearchResultList } from './SearchResultList.svelte';
export { default as RecentCards } from './RecentCards.svelte';
