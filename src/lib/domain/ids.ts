/** Device-generated ids: ULIDs sort by creation time and never collide between devices. */
import { monotonicFactory } from 'ulid';

const nextUlid = monotonicFactory();

export function newId(now: number = Date.now()): string {
	return nextUlid(now);
}
