/** The kiosk's tables as schema version 6 declares them (apart, so the schema loads no kiosk code). */
export const KIOSK_STORES = {
	drawingEntries: 'id, month, customerId, updatedAt',
	drawings: 'id, month, updatedAt'
};
