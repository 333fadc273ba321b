// @vitest-environment happy-dom
import { fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TABLET_IDLE_MS, useIdleReset } from '../../src/client/ui/tablet/idle';

function Probe({ active, onIdle }: { active: boolean; onIdle(): void }) {
  useIdleReset(active, onIdle);
  return <input aria-label="field" />;
}

describe('a shared tablet left alone', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts over after the idle time, and each touch gives the time again', () => {
    const onIdle = vi.fn();
    const { getByLabelText } = render(<Probe active onIdle={onIdle} />);
    vi.advanceTimersByTime(TABLET_IDLE_MS - 1000);
    fireEvent.keyDown(getByLabelText('field'), { key: 'a' });
    vi.advanceTimersByTime(TABLET_IDLE_MS - 1000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('never starts over on the code screen (nothing there to leave behind)', () => {
    const onIdle = vi.fn();
    render(<Probe active={false} onIdle={onIdle} />);
    vi.advanceTimersByTime(TABLET_IDLE_MS * 3);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
