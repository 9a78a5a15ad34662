// The kiosk's one door to the owner's PIN, so the app-wide PIN lock can be wired in here alone.
import { appDb } from '$lib/db/app-db';
import { hasOwnerPin, verifyOwnerPin, type PinCheck } from '$lib/db/pin-lock';

export type { PinCheck };

export function ownerPinIsSet(): Promise<boolean> {
	return hasOwnerPin(appDb());
}

export function checkOwnerPin(pin: string): Promise<PinCheck> {
	return verifyOwnerPin(appDb(), pin);
}
