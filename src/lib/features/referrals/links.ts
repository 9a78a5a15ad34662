/** Links to the print pages, which take their selection in the query string. */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

function withQuery(path: ResolvedPathname, params: Record<string, string>): ResolvedPathname {
	// The query does not change the route, so the path stays a resolved one.
	return `${path}?${new URLSearchParams(params)}` as ResolvedPathname;
}

export function voucherPrintHref(
	selection: { referrer: string } | { ids: readonly string[] },
	layout: string
): ResolvedPathname {
	const params: Record<string, string> =
		'referrer' in selection ? { referrer: selection.referrer } : { ids: selection.ids.join(',') };
	return withQuery(resolve('/referrals/print'), { ...params, layout });
}

export function loyaltyCardHref(customerId: string): ResolvedPathname {
	return withQuery(resolve('/points/loyalty-card'), { customer: customerId });
}
