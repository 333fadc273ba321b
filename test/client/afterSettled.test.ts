// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterSettled, SETTLE_MS } from '../../src/client/afterSettled';

/** Start-up work waits for the first screen to settle, or for the participant's first touch. */
describe('afterSettled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once the screen has settled, and only once', () => {
    const work = vi.fn();
    afterSettled(work);
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    dispatchEvent(new Event('pointerdown'));
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the participant touches or types first', () => {
    const touched = vi.fn();
    const typed = vi.fn();
    afterSettled(touched);
    dispatchEvent(new Event('pointerdown'));
    expect(touched).toHaveBeenCalledTimes(1);
    afterSettled(typed);
    dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(typed).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled (the screen went away first)', () => {
    const work = vi.fn();
    afterSettled(work)();
    dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(work).not.toHaveBeenCalled();
  });
});
