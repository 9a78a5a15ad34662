/** The segments' numbers put into the owner's words. */
import type { AbcPeriod, BuyerGroup, GroupExplanation, ShopAnalysis } from '$lib/domain/segments';
import { audienceId, type AudienceKey } from '$lib/domain/segments-audiences';
import type { CustomerStats } from '$lib/domain/stats';
import { formatDay, formatMoney, formatNumber } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/** In the app's language, or in `locale` (a letter's language) when given. */
export function groupName(group: BuyerGroup, locale?: Locale): string {
	const options = locale ? { locale } : undefined;
	switch (group) {
		case 'regular-heavy':
			return m.segments_group_regular_heavy({}, options);
		case 'regular-light':
			return m.segments_group_regular_light({}, options);
		case 'infrequent-heavy':
			return m.segments_group_infrequent_heavy({}, options);
		case 'infrequent-light':
			return m.segments_group_infrequent_light({}, options);
		case 'former':
			return m.segments_group_former({}, options);
	}
}

export interface AudienceOption {
	key: AudienceKey;
	id: string;
	label: string;
}

/**
 * Every audience of the segments with its size, for the segments page's list and for the
 * features that hand an audience to letters or vouchers.
 */
export function audienceOptions(analysis: ShopAnalysis, withAllBuyers = true): AudienceOption[] {
	const list: { key: AudienceKey; label: string }[] = [
		...analysis.groups.map((g) => ({
			key: { kind: 'group', group: g.group } as AudienceKey,
			label: `${groupName(g.group)} (${g.customers})`
		})),
		...analysis.abc.classes.map((c) => ({
			key: { kind: 'class', cls: c.cls } as AudienceKey,
			label: `${m.segments_class({ cls: c.cls })} (${c.customers})`
		})),
		{
			key: { kind: 'declining' } as AudienceKey,
			label: `${m.segments_declining()} (${analysis.declining.length})`
		},
		{
			key: { kind: 'stopped' } as AudienceKey,
			label: `${m.segments_stopped()} (${analysis.stopped.length})`
		},
		{
			key: { kind: 'prospects' } as AudienceKey,
			label: `${m.segments_prospects()} (${analysis.prospects.length})`
		}
	];
	if (withAllBuyers) {
		list.push({ key: { kind: 'all-buyers' }, label: m.segments_all_buyers() });
	}
	return list.map((o) => ({ ...o, id: audienceId(o.key) }));
}

export function periodName(period: AbcPeriod): string {
	switch (period) {
		case 'all':
			return m.segments_period_all();
		case '12m':
			return m.segments_period_12m();
		case '24m':
			return m.segments_period_24m();
	}
}

/** "regular: 7 visits in the last 12 months, at least 4; heavy: spent 812 in 12 months, at least 350" */
export function groupWords(g: GroupExplanation, currency: string, locale: string): string {
	const money = (minor: number) => formatMoney(minor, currency, locale);
	if (g.group === 'former') {
		return m.segments_former_words({
			date: formatDay(g.lastPurchase, locale),
			months: g.formerWindowMonths
		});
	}
	const often =
		g.frequency12 >= g.regularMinVisits
			? m.segments_regular_words({ count: g.frequency12, min: g.regularMinVisits })
			: m.segments_infrequent_words({ count: g.frequency12, min: g.regularMinVisits });
	const much =
		g.spend12 >= g.heavyMinSpend
			? m.segments_heavy_words({ spend: money(g.spend12), min: money(g.heavyMinSpend) })
			: m.segments_light_words({ spend: money(g.spend12), min: money(g.heavyMinSpend) });
	return `${often}; ${much}`;
}

export function halfYear(
	half: { visits: number; spend: number },
	currency: string,
	locale: string
): string {
	return `${formatMoney(half.spend, currency, locale)} (${formatNumber(half.visits, locale)})`;
}

export function trendWords(s: CustomerStats, currency: string, locale: string): string {
	return m.segments_trend_words({
		recent: halfYear(s.recent6, currency, locale),
		previous: halfYear(s.previous6, currency, locale)
	});
}

export function percent(share: number, locale: string): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
		share
	);
}

/** "Sep 2025" in the shop's language. */
export function monthLabel(month: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, {
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${month}-15T12:00:00Z`));
}
