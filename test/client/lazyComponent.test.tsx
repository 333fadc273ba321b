// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { lazyComponent } from '../../src/client/ui/common/lazy';
import { I18nContext, makeI18n } from '../../src/client/i18n';

/** A screen loaded on first use draws once its chunk is here, however the timing falls. */
describe('lazyComponent', () => {
  it('draws the screen when its chunk arrives between the first render and its effect', async () => {
    let arrive!: () => void;
    const chunk = new Promise<{ default: () => preact.JSX.Element }>((resolve) => {
      arrive = () => resolve({ default: () => <h1>Skatta</h1> });
    });
    const Screen = lazyComponent(() => chunk, { loading: 'app.loading', failed: 'staff.offline' });
    // The tap that opens the screen has already asked for the chunk (afterSettled's preload).
    Screen.preload();
    const root = document.createElement('div');
    render(
      <I18nContext.Provider value={makeI18n('sv')}>
        <Screen />
      </I18nContext.Provider>,
      root,
    );
    arrive();
    await chunk;
    await new Promise((r) => setTimeout(r, 100));
    expect(root.querySelector('h1')?.textContent).toBe('Skatta');
  });
});
