import { describe, expect, it } from 'vitest';
import {
	ENVELOPES,
	LABEL_SHEETS,
	LETTER_PAPERS,
	labelRect,
	labelsPerSheet,
	placeLabels,
	sheetCount
} from '../../../src/lib/domain/letters-paper';

const within = (actual: number, expected: number) =>
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.5);

describe('Avery L7160', () => {
	const sheet = LABEL_SHEETS.L7160;

	it('is A4 with 21 labels of 63.5 x 38.1 mm', () => {
		expect([sheet.pageWidth, sheet.pageHeight]).toEqual([210, 297]);
		expect(labelsPerSheet(sheet)).toBe(21);
		expect([sheet.labelWidth, sheet.labelHeight]).toEqual([63.5, 38.1]);
	});

	it('places labels within 0.5 mm of the published template', () => {
		// Published: top margin 15.15, left margin 7.25, pitch 66.04 across, 38.1 down.
		for (let row = 0; row < 7; row++)
			for (let col = 0; col < 3; col++) {
				const rect = labelRect(sheet, row * 3 + col);
				within(rect.x, 7.25 + col * 66.04);
				within(rect.y, 15.15 + row * 38.1);
			}
		const last = labelRect(sheet, 20);
		// The grid is centred on the page: margins on every side agree within 0.5 mm.
		within(210 - (last.x + last.width), 7.25);
		within(297 - (last.y + last.height), 15.15);
	});
});

describe('Avery 5160', () => {
	const sheet = LABEL_SHEETS['5160'];

	it('is US Letter with 30 labels of 2.625 x 1 in', () => {
		within(sheet.pageWidth, 215.9);
		within(sheet.pageHeight, 279.4);
		expect(labelsPerSheet(sheet)).toBe(30);
		within(sheet.labelWidth, 66.675);
		within(sheet.labelHeight, 25.4);
	});

	it('places labels within 0.5 mm of the published template', () => {
		for (let row = 0; row < 10; row++)
			for (let col = 0; col < 3; col++) {
				const rect = labelRect(sheet, row * 3 + col);
				within(rect.x, (0.1875 + col * 2.75) * 25.4);
				within(rect.y, (0.5 + row) * 25.4);
			}
		const last = labelRect(sheet, 29);
		within(215.9 - (last.x + last.width), 0.1875 * 25.4);
		within(279.4 - (last.y + last.height), 0.5 * 25.4);
	});
});

describe('placeLabels', () => {
	it('starts at any position of a partly used sheet, then fills new sheets from the top', () => {
		const sheet = LABEL_SHEETS.L7160;
		const items = Array.from({ length: 25 }, (_, i) => i);
		const placed = placeLabels(sheet, items, 19);
		expect(placed[0]).toMatchObject({ sheet: 0, position: 19, item: 0 });
		expect(placed[1]).toMatchObject({ sheet: 0, position: 20 });
		expect(placed[2]).toMatchObject({ sheet: 1, position: 0 });
		expect(placed[22]).toMatchObject({ sheet: 1, position: 20 });
		expect(placed[24]).toMatchObject({ sheet: 2, position: 1 });
		expect(sheetCount(sheet, 25, 19)).toBe(3);
		expect(sheetCount(sheet, 0, 5)).toBe(0);
		expect(sheetCount(sheet, 21, 0)).toBe(1);
	});

	it('clamps a start position beyond the sheet', () => {
		const placed = placeLabels(LABEL_SHEETS['5160'], ['a'], 99);
		expect(placed[0].position).toBe(29);
	});
});

describe('letter papers and envelopes', () => {
	it('keeps the address window inside the page, the DIN 5008 field on A4', () => {
		expect(LETTER_PAPERS.a4.window).toEqual({ x: 20, y: 45, width: 85, height: 45 });
		for (const paper of Object.values(LETTER_PAPERS)) {
			expect(paper.window.x + paper.window.width).toBeLessThan(paper.width);
			expect(paper.window.y + paper.window.height).toBeLessThan(paper.height / 3);
		}
	});

	it('has DL (220 x 110) and C5 (229 x 162) envelopes with the address inside', () => {
		expect([ENVELOPES.DL.width, ENVELOPES.DL.height]).toEqual([220, 110]);
		expect([ENVELOPES.C5.width, ENVELOPES.C5.height]).toEqual([229, 162]);
		for (const e of Object.values(ENVELOPES)) {
			expect(e.recipient.x + e.recipient.width).toBeLessThanOrEqual(e.width);
			expect(e.recipient.y + e.recipient.height).toBeLessThanOrEqual(e.height);
		}
	});
});
