// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RatingFlow } from '../../src/client/ui/participant/RatingFlow';

afterEach(cleanup);

// No fake-indexeddb here: like a browser in a mode that refuses storage.
describe('when the phone cannot store the rating', () => {
  it('says so plainly, keeps the answers on screen and offers to try again', async () => {
    expect(typeof indexedDB).toBe('undefined');
    render(<RatingFlow instrumentId="ors" onHome={() => {}} onDirty={() => {}} />);
    for (const slider of screen.getAllByRole('slider')) fireEvent.keyDown(slider, { key: 'End' });
    fireEvent.click(screen.getByRole('button', { name: 'Gå vidare' }));
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Webbläsaren låter inte Stegvis spara något här');
    expect(screen.queryByRole('heading', { name: 'Sparat' })).toBeNull();
    expect(screen.getByText('40,0 av 40')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeTruthy();
  });
});
