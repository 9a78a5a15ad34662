/**
 * Reading QR codes from the camera: the browser's BarcodeDetector where it exists, otherwise
 * jsQR on video frames (bundled, so it works offline and on browsers without a detector).
 */
export type FrameReader = (video: HTMLVideoElement) => Promise<string | undefined>;

interface NativeDetector {
	detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

type DetectorConstructor = new (options: { formats: string[] }) => NativeDetector;

export function canUseCamera(): boolean {
	return typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

export async function frameReader(): Promise<FrameReader> {
	const Native = (globalThis as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;
	if (Native) {
		const detector = new Native({ formats: ['qr_code'] });
		return async (video) => (await detector.detect(video).catch(() => []))[0]?.rawValue;
	}
	// Loaded only when scanning starts; the service worker caches it with the rest of the app.
	const { default: jsQR } = await import('jsqr');
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d', { willReadFrequently: true });
	return async (video) => {
		if (!context || video.videoWidth === 0) return undefined;
		// A 640-pixel frame is plenty for a code held up to the tablet, and keeps each pass quick.
		const scale = Math.min(1, 640 / video.videoWidth);
		canvas.width = Math.round(video.videoWidth * scale);
		canvas.height = Math.round(video.videoHeight * scale);
		context.drawImage(video, 0, 0, canvas.width, canvas.height);
		const frame = context.getImageData(0, 0, canvas.width, canvas.height);
		return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data;
	};
}
