/** Reads everything held about one customer, in one transaction, for the printable data page. */
import type { CustomerRecords } from '$lib/domain/privacy-print';
import type { Id } from '$lib/domain/types';
import type { CardFileDb } from './schema';

/**
 * Vouchers and redemptions name the customer as referrer or friend rather than by customerId,
 * so they are looked up by those indexes too. Undefined when the card is not (or no longer) there.
 */
export async function customerRecords(
	db: CardFileDb,
	id: Id
): Promise<CustomerRecords | undefined> {
	return db.transaction('r', db.tables, async () => {
		const customer = await db.customers.get(id);
		if (!customer || customer.deletedAt !== undefined) return undefined;
		const [asReferrer, asFriend] = await Promise.all([
			db.redemptions.where('referrerId').equals(id).toArray(),
			db.redemptions.where('friendId').equals(id).toArray()
		]);
		const redemptions = [...asReferrer, ...asFriend.filter((e) => e.referrerId !== id)];
		return {
			customer,
			sales: await db.sales.where('customerId').equals(id).toArray(),
			notes: await db.notes.where('customerId').equals(id).toArray(),
			contacts: await db.contacts.where('customerId').equals(id).toArray(),
			points: await db.pointsLedger.where('customerId').equals(id).toArray(),
			rewards: await db.referralRewards.where('customerId').equals(id).toArray(),
			// Referral vouchers given to them and offers their letters carried.
			vouchers: [
				...(await db.vouchers.where('referrerId').equals(id).toArray()),
				...(await db.vouchers.where('holderId').equals(id).toArray())
			],
			redemptions,
			drawingEntries: await db.drawingEntries.where('customerId').equals(id).toArray(),
			signUpSources: await db.signUpSources.where('customerId').equals(id).toArray(),
			feedback: await db.feedback.where('customerId').equals(id).toArray()
		};
	});
}
