import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../src/lib/ui/when-idle';

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('whenIdle', () => {
	it('asks the browser for an idle moment, with a deadline, and can be cancelled', () => {
		const requests: { work: () => void; timeout?: number }[] = [];
		const cancelled: number[] = [];
		vi.stubGlobal('requestIdleCallback', (work: () => void, options?: { timeout?: number }) => {
			requests.push({ work, timeout: options?.timeout });
			return requests.length;
		});
		vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
		const work = vi.fn();
		const cancel = whenIdle(work, 1500);
		expect(requests[0].timeout).toBe(1500);
		requests[0].work();
		expect(work).toHaveBeenCalledOnce();
		cancel();
		expect(cancelled).toEqual([1]);
	});

	it('without requestIdleCallback (Safari) runs after a short delay, unless cancelled', () => {
		vi.stubGlobal('requestIdleCallback', undefined);
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const work = vi.fn();
		whenIdle(work);
		const dropped = vi.fn();
		whenIdle(dropped)();
		vi.advanceTimersByTime(1000);
		expect(work).toHaveBeenCalledOnce();
		expect(dropped).not.toHaveBeenCalled();
	});
});
