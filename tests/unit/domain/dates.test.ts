import { describe, expect, it } from 'vitest';
import { daysBetween, isoDateOf, isValidIsoDate } from '../../../src/lib/domain/dates';

describe('dates', () => {
	it('validates real calendar days only', () => {
		expect(isValidIsoDate('2024-02-29')).toBe(true);
		expect(isValidIsoDate('2023-02-29')).toBe(false);
		expect(isValidIsoDate('2023-13-01')).toBe(false);
		expect(isValidIsoDate('1/2/2023')).toBe(false);
	});

	it('counts whole days across a daylight-saving change', () => {
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2026-11-23', '2026-11-20')).toBe(-3);
	});

	it('writes the local calendar day', () => {
		expect(isoDateOf(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
