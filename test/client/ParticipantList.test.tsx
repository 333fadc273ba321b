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
    render(<ParticipantList rows={rows} groups={groups} />);
    expect(codes()).toEqual(['A-1', 'B-2']);
    fireEvent.change(screen.getByLabelText('Visa'), { target: { value: 'exited' } });
    expect(codes()).toEqual(['C-3']);
  });

  it('filters by group and searches code or name', () => {
    render(<ParticipantList rows={rows} groups={groups} />);
    fireEvent.change(screen.getByLabelText('Grupp'), { target: { value: 'g1' } });
    expect(codes()).toEqual(['B-2']);
    fireEvent.change(screen.getByLabelText('Grupp'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('Sök kod eller namn'), { target: { value: 'alv' } });
    expect(codes()).toEqual(['A-1']);
  });
});
