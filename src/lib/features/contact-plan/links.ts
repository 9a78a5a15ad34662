/** The link from the contact plan to the letters workshop, with the template in the query. */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { TemplateKey } from '$lib/domain/letters';

/** The letters due, in one batch with `template`: the quarter's campaign. */
export function dueLettersHref(template: TemplateKey): ResolvedPathname {
	// The query does not change the route, so the path stays a resolved one.
	return `${resolve('/letters/due')}?${new URLSearchParams({ template })}` as ResolvedPathname;
}
