// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isIosBrowserTab } from '../../src/client/ui/common/InstallHint';
import { UpdatePrompt } from '../../src/client/ui/common/UpdatePrompt';
import { parseRoute } from '../../src/client/route';

afterEach(cleanup);

const nav = (userAgent: string, extra: Partial<Navigator> = {}) =>
  ({ userAgent, platform: 'iPhone', maxTouchPoints: 5, ...extra }) as Navigator;

describe('the iOS "add to home screen" hint', () => {
  it('shows in Safari on an iPhone or iPad, not elsewhere and not once installed', () => {
    expect(isIosBrowserTab(nav('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)'))).toBe(
      true,
    );
    expect(isIosBrowserTab(nav('Mozilla/5.0 (Macintosh)', { platform: 'MacIntel' }))).toBe(true);
    expect(isIosBrowserTab(nav('Mozilla/5.0 (Linux; Android 14)', { platform: 'Linux' }))).toBe(
      false,
    );
    const installed = { ...nav('Mozilla/5.0 (iPhone)'), standalone: true } as Navigator;
    expect(isIosBrowserTab(installed)).toBe(false);
  });
});

describe('the update offer', () => {
  it('offers to update when no form is open', () => {
    const onApply = vi.fn();
    render(<UpdatePrompt busy={false} onApply={onApply} onLater={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Uppdatera nu' }));
    expect(onApply).toHaveBeenCalledOnce();
  });

  it('waits while a form is half filled, so nothing is reloaded away', () => {
    render(<UpdatePrompt busy onApply={() => {}} onLater={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Uppdatera nu' })).toBeNull();
    expect(
      screen.getByText('Uppdateringen väntar tills du har sparat eller avbrutit.'),
    ).toBeTruthy();
  });
});

describe('routes', () => {
  it.each([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/rate/ors', { name: 'rate', instrument: 'ors' }],
    ['#/rate/compass', { name: 'rate', instrument: 'compass' }],
    ['#/rate/unknown', { name: 'home' }],
    ['#/progress', { name: 'progress' }],
  ])('%s → %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});
