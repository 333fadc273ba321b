// @vitest-environment happy-dom
import '../../src/client/i18n/staff';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ParticipantList } from '../../src/client/ui/coach/ParticipantList';
import type { ParticipantRow } from '../../src/client/staff/api';

afterEach(cleanup);

const row = (code: string, extra: Partial<ParticipantRow> = {}): ParticipantRow => ({
  id: `id-${code}`,
  code,
  displayName: null,
  gender: 'unknown',
  birthYear: 1985,
  intakeDate: '2026-01-01',
  exitDate: null,
  exitReason: null,
  ...extra,
});
const rows = [
  row('A-1', { displayName: 'Alva' }),
  row('B-2'),
  row('C-3', { exitDate: '2026-06-01', exitReason: 'work' }),
];
const groups = [{ id: 'g1', name: 'Startgrupp HT26', memberIds: ['id-B-2', 'id-C-3'] }];
const codes = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelector('th a')?.textContent);

describe('the participant list', () => {
  it('shows active participants by default, and exited ones on request', () => {
    render(<ParticipantList rows={rows} groups={groups} me="nobody" />);
    expect(codes()).toEqual(['A-1', 'B-2']);
    fireEvent.change(screen.getByLabelText('Visa'), { target: { value: 'exited' } });
    expect(codes()).toEqual(['C-3']);
  });

  it('filters by group and searches code or name', () => {
    render(<ParticipantList rows={rows} groups={groups} me="nobody" />);
    fireEvent.change(screen.getByLabelText('Grupp'), { target: { value: 'g1' } });
    expect(codes()).toEqual(['B-2']);
    fireEvent.change(screen.getByLabelText('Grupp'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('Sök kod eller namn'), { target: { value: 'alv' } });
    expect(codes()).toEqual(['A-1']);
  });

  it("starts from the coach's own participants, with when each last rated", () => {
    const now = Date.now();
    const mine = [
      row('A-1', {
        coachIds: ['me'],
        summary: {
          sessions: 2,
          latestOrs: 20,
          latestSrs: 38,
          orsChange: 2,
          orsChangeKind: 'unchanged',
          alerts: [],
          lastRatedAt: new Date(now - 10 * 86_400_000).toISOString(),
        },
      }),
      row('B-2', { coachIds: ['someone else'] }),
      row('C-3', { coachIds: ['me'], exitDate: '2026-06-01', exitReason: 'work' }),
    ];
    render(<ParticipantList rows={mine} groups={[]} me="me" />);
    expect((screen.getByLabelText('Visa') as HTMLSelectElement).value).toBe('mine');
    expect(codes()).toEqual(['A-1']);
    expect(screen.getByRole('row', { name: /A-1/ }).textContent).toContain('(för 10 dagar sedan)');
    fireEvent.change(screen.getByLabelText('Visa'), { target: { value: 'active' } });
    expect(codes()).toEqual(['A-1', 'B-2']);
  });
});
