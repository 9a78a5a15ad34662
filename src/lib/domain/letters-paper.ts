/**
 * Paper geometry in millimetres: letter pages with the address placed for a window envelope,
 * address label sheets (Avery L7160 and 5160) and envelopes (DL, C5).
 */

export const MM_PER_INCH = 25.4;
const inch = (value: number) => value * MM_PER_INCH;

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export type LetterPaperId = 'a4' | 'letter';

export interface LetterPaper {
	id: LetterPaperId;
	width: number;
	height: number;
	/** Page margins for the letter text. */
	margin: { top: number; bottom: number; inline: number };
	/** Where the recipient's address prints, measured from the sheet's top-left corner. */
	window: Rect;
}

export const LETTER_PAPERS: Readonly<Record<LetterPaperId, LetterPaper>> = {
	// DIN 5008 form B, for DL/C5 windows: the address field starts 45 mm down, 20 mm in, 85 x 45 mm.
	a4: {
		id: 'a4',
		width: 210,
		height: 297,
		margin: { top: 20, bottom: 20, inline: 20 },
		window: { x: 20, y: 45, width: 85, height: 45 }
	},
	// A #10 window envelope: window 7/8 in from the left; the letter tri-folds to bring 2 in down there.
	letter: {
		id: 'letter',
		width: inch(8.5),
		height: inch(11),
		margin: { top: inch(0.75), bottom: inch(0.75), inline: inch(0.875) },
		window: { x: inch(0.875), y: inch(2), width: inch(4), height: inch(1.5) }
	}
};

export type LabelSheetId = 'L7160' | '5160';

export interface LabelSheet {
	id: LabelSheetId;
	/** The paper the sheet is cut on. */
	paper: 'a4' | 'letter';
	pageWidth: number;
	pageHeight: number;
	columns: number;
	rows: number;
	labelWidth: number;
	labelHeight: number;
	/** From the sheet's left edge to the first label's left edge. */
	marginLeft: number;
	/** From the sheet's top edge to the first label's top edge. */
	marginTop: number;
	/** Left edge to left edge of neighbouring columns. */
	pitchX: number;
	/** Top edge to top edge of neighbouring rows. */
	pitchY: number;
}

export const LABEL_SHEETS: Readonly<Record<LabelSheetId, LabelSheet>> = {
	// Avery's published L7160 template: top margin 15.15, side margin 7.25, pitch 66.04 x 38.1 mm.
	L7160: {
		id: 'L7160',
		paper: 'a4',
		pageWidth: 210,
		pageHeight: 297,
		columns: 3,
		rows: 7,
		labelWidth: 63.5,
		labelHeight: 38.1,
		marginLeft: 7.25,
		marginTop: 15.15,
		pitchX: 66.04,
		pitchY: 38.1
	},
	// Avery 5160: top margin 0.5 in, side margin 3/16 in, pitch 2.75 x 1 in.
	'5160': {
		id: '5160',
		paper: 'letter',
		pageWidth: inch(8.5),
		pageHeight: inch(11),
		columns: 3,
		rows: 10,
		labelWidth: inch(2.625),
		labelHeight: inch(1),
		marginLeft: inch(0.1875),
		marginTop: inch(0.5),
		pitchX: inch(2.75),
		pitchY: inch(1)
	}
};

export function labelsPerSheet(sheet: LabelSheet): number {
	return sheet.columns * sheet.rows;
}

/** The rectangle of the label at a 0-based position, counted across then down. */
export function labelRect(sheet: LabelSheet, position: number): Rect {
	const column = position % sheet.columns;
	const row = Math.floor(position / sheet.columns) % sheet.rows;
	return {
		x: sheet.marginLeft + column * sheet.pitchX,
		y: sheet.marginTop + row * sheet.pitchY,
		width: sheet.labelWidth,
		height: sheet.labelHeight
	};
}

export interface PlacedLabel<T> {
	sheet: number;
	position: number;
	rect: Rect;
	item: T;
}

/**
 * Places items on sheets, starting at `startAt` (0-based) on the first, partly used sheet, and
 * at the first position of every later sheet.
 */
export function placeLabels<T>(
	sheet: LabelSheet,
	items: readonly T[],
	startAt = 0
): PlacedLabel<T>[] {
	const perSheet = labelsPerSheet(sheet);
	const start = Math.min(Math.max(0, Math.floor(startAt)), perSheet - 1);
	return items.map((item, index) => {
		const slot = start + index;
		const position = slot % perSheet;
		return { sheet: Math.floor(slot / perSheet), position, rect: labelRect(sheet, position), item };
	});
}

export function sheetCount(sheet: LabelSheet, items: number, startAt = 0): number {
	if (items === 0) return 0;
	return Math.ceil((Math.min(startAt, labelsPerSheet(sheet) - 1) + items) / labelsPerSheet(sheet));
}

export type EnvelopeId = 'DL' | 'C5';

export interface Envelope {
	id: EnvelopeId;
	/** Landscape, as the envelope goes through the printer's manual feed. */
	width: number;
	height: number;
	/** The shop's return address, top-left. */
	sender: Rect;
	/** The recipient's address, right of centre and below the middle, as the post reads it. */
	recipient: Rect;
}

export const ENVELOPES: Readonly<Record<EnvelopeId, Envelope>> = {
	DL: {
		id: 'DL',
		width: 220,
		height: 110,
		sender: { x: 10, y: 10, width: 80, height: 25 },
		recipient: { x: 100, y: 50, width: 100, height: 45 }
	},
	C5: {
		id: 'C5',
		width: 229,
		height: 162,
		sender: { x: 10, y: 10, width: 85, height: 30 },
		recipient: { x: 105, y: 80, width: 105, height: 55 }
	}
};
