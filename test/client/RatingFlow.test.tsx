// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RatingFlow } from '../../src/client/ui/participant/RatingFlow';
import { listFacts, listOutbox } from '../../src/client/storage/facts';

afterEach(cleanup);

function mark(name: string, key: 'End' | 'Home' | 'ArrowRight') {
  fireEvent.keyDown(screen.getByRole('slider', { name }), { key });
}

describe('the ORS form', () => {
  it('asks kindly for the missing items, then reviews, saves and offers to take it back', async () => {
    const onHome = vi.fn();
    render(<RatingFlow instrumentId="ors" onHome={onHome} onDirty={() => {}} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Hur har du haft det?' })).toBeTruthy();

    mark('Jag själv', 'End');
    mark('Allt som allt', 'End');
    fireEvent.click(screen.getByRole('button', { name: 'Gå vidare' }));

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('2 svar saknas');
    expect(alert.textContent).toContain(
      'Du har inte markerat på linjen för ”Nära relationer” ännu.',
    );
    expect(alert.textContent).toContain('”Vardagen utanför hemmet”');
    const missing = screen.getByRole('slider', { name: 'Nära relationer' });
    expect(missing.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByRole('slider', { name: 'Jag själv' }).getAttribute('aria-invalid'),
    ).toBeNull();

    mark('Nära relationer', 'Home');
    mark('Vardagen utanför hemmet', 'Home');
    expect(screen.queryByText(/Nära relationer” ännu/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Gå vidare' }));

    // The review shows each value and the total, with a decimal comma.
    expect(screen.getByRole('heading', { name: 'Stämmer det här?' })).toBeTruthy();
    expect(screen.getByText('20,0 av 40')).toBeTruthy();
    expect(screen.getAllByText('10,0 av 10')).toHaveLength(2);
    fireEvent.input(screen.getByLabelText('Anteckning, om du vill'), {
      target: { value: 'Bra vecka' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));

    await screen.findByRole('heading', { name: 'Sparat' });
    const facts = await listFacts();
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({
      type: 'rating',
      instrument: 'ors',
      values: { individual: 10, interpersonal: 0, social: 0, overall: 10 },
      note: 'Bra vecka',
      provenance: 'participant_device',
    });
    expect(await listOutbox()).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Ta tillbaka svaret' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, ta tillbaka' }));
    // A soft hyphen lets the long word break on a narrow screen.
    await screen.findByRole('heading', { name: /^Svaret är tillbaka\u00AD?taget\.$/ });
    await waitFor(async () =>
      expect((await listFacts()).map((f) => f.type)).toEqual(['rating', 'withdrawal']),
    );
  });

  it('lets the participant change a value from the review step', () => {
    render(<RatingFlow instrumentId="srs" onHome={() => {}} onDirty={() => {}} />);
    for (const name of ['Relationen', 'Det vi pratade om', 'Sättet vi jobbade på', 'Allt som allt'])
      mark(name, 'End');
    fireEvent.click(screen.getByRole('button', { name: 'Gå vidare' }));
    expect(screen.getByText('40,0 av 40')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ändra' }));
    mark('Relationen', 'Home');
    fireEvent.click(screen.getByRole('button', { name: 'Gå vidare' }));
    expect(screen.getByText('30,0 av 40')).toBeTruthy();
  });

  it('asks for the goal on the scaling question', () => {
    render(<RatingFlow instrumentId="scale" onHome={() => {}} onDirty={() => {}} />);
    mark('Var är du nu?', 'ArrowRight');
    mark('Var är du nu?', 'ArrowRight');
    fireEvent.click(screen.getByRole('button', { name: 'Gå vidare' }));
    expect(screen.getByRole('alert').textContent).toContain('Skriv ditt mål med några ord först.');
    // The help fits a missing goal, and its link moves focus there without touching the hash
    // (the app's routes live in the hash: "#goal" would read as leaving the form).
    expect(screen.getByRole('alert').textContent).toContain('Skriv kort vad du vill nå');
    location.hash = '#/rate/scale';
    fireEvent.click(screen.getByRole('link', { name: 'Skriv ditt mål med några ord först.' }));
    expect(location.hash).toBe('#/rate/scale');
    expect(document.activeElement?.id).toBe('goal');
    fireEvent.input(screen.getByLabelText('Mitt mål'), { target: { value: 'Börja praktik' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gå vidare' }));
    expect(screen.getByText('Mål: Börja praktik')).toBeTruthy();
    // Entered from the low end: the first press marks 0, the second moves to 1.
    expect(screen.getByText('1 av 10')).toBeTruthy();
  });

  it('reports a half-filled form as dirty so an update waits', () => {
    const onDirty = vi.fn();
    render(<RatingFlow instrumentId="ors" onHome={() => {}} onDirty={onDirty} />);
    expect(onDirty).toHaveBeenLastCalledWith(false);
    mark('Jag själv', 'End');
    expect(onDirty).toHaveBeenLastCalledWith(true);
  });
});
