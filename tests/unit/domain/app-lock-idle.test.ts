import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTimer } from '../../../src/lib/features/lock/idle-timer.svelte';

const MIN = 60_000;
const prefs = { autoLock: true, idleMinutes: 2 };
const ready = { pinSet: true, kioskActive: false };

describe('idle timer', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.setSystemTime(0);
	});
	afterEach(() => vi.useRealTimers());

	it('calls back once after the idle time without input', () => {
		const onIdle = vi.fn();
		const timer = new IdleTimer(onIdle);
		timer.configure(prefs, ready);
		vi.advanceTimersByTime(2 * MIN - 1);
		expect(onIdle).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(onIdle).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(10 * MIN);
		expect(onIdle).toHaveBeenCalledTimes(1);
	});

	it('counts from the last touch, key or pointer input', () => {
		const onIdle = vi.fn();
		const target = new EventTarget();
		const timer = new IdleTimer(onIdle);
		const detach = timer.attach(target);
		timer.configure(prefs, ready);
		vi.advanceTimersByTime(90_000);
		target.dispatchEvent(new Event('keydown'));
		vi.advanceTimersByTime(90_000);
		target.dispatchEvent(new Event('pointerdown'));
		vi.advanceTimersByTime(2 * MIN - 1);
		expect(onIdle).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(onIdle).toHaveBeenCalledTimes(1);
		detach();
	});

	it('does nothing when turned off, without a PIN or in kiosk mode', () => {
		const onIdle = vi.fn();
		const timer = new IdleTimer(onIdle);
		timer.configure({ ...prefs, autoLock: false }, ready);
		vi.advanceTimersByTime(60 * MIN);
		timer.configure(prefs, { pinSet: false, kioskActive: false });
		vi.advanceTimersByTime(60 * MIN);
		timer.configure(prefs, { pinSet: true, kioskActive: true });
		vi.advanceTimersByTime(60 * MIN);
		expect(onIdle).not.toHaveBeenCalled();
	});

	it('starts counting again after an unlock', () => {
		const onIdle = vi.fn();
		const timer = new IdleTimer(onIdle);
		timer.configure(prefs, ready);
		vi.advanceTimersByTime(2 * MIN);
		expect(onIdle).toHaveBeenCalledTimes(1);
		timer.reset();
		vi.advanceTimersByTime(MIN);
		expect(onIdle).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(MIN);
		expect(onIdle).toHaveBeenCalledTimes(2);
	});

	it('stops listening and timing when detached', () => {
		const onIdle = vi.fn();
		const timer = new IdleTimer(onIdle);
		const detach = timer.attach(new EventTarget());
		timer.configure(prefs, ready);
		detach();
		vi.advanceTimersByTime(60 * MIN);
		expect(onIdle).not.toHaveBeenCalled();
	});
});
