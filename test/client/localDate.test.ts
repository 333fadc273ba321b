import { describe, expect, it } from 'vitest';
import { localToday } from '../../src/client/localDate';

/** The phone's "today" is the team's day in Stockholm, as the server dates group sessions. */
describe('localToday', () => {
  it('is already tomorrow shortly after midnight in Stockholm, whatever the phone’s zone', () => {
    expect(localToday(new Date('2026-12-03T23:07:00Z'))).toBe('2026-12-04');
    expect(localToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
  it('is still today late in the Stockholm evening', () => {
    expect(localToday(new Date('2026-12-03T22:59:00Z'))).toBe('2026-12-03');
    expect(localToday(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });
});
