/** QR codes drawn offline as one SVG path (crisp at any print size), via qrcode-generator. */
import qrcode from 'qrcode-generator';

export interface QrPath {
	/** Modules per side, quiet zone included. */
	size: number;
	/** SVG path data: one unit square per dark module. */
	d: string;
}

/** Quiet zone of 4 modules, as the QR standard asks, so scanners find the code on any paper. */
const QUIET = 4;

export function qrPath(text: string, level: 'L' | 'M' | 'Q' | 'H' = 'M'): QrPath {
	const qr = qrcode(0, level);
	qr.addData(text);
	qr.make();
	const count = qr.getModuleCount();
	let d = '';
	for (let row = 0; row < count; row++) {
		for (let col = 0; col < count; col++) {
			if (qr.isDark(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
		}
	}
	return { size: count + QUIET * 2, d };
}
