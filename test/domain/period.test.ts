import { describe, expect, it } from 'vitest';
import { latestEndedYear } from '../../src/domain/report/period';
describe('the latest period of a preset that has ended', () => {
  it('never picks one still running', () => {
    // In December 2026 the operating year July–June that ended is 2025/26, not 2026/27.
    expect(latestEndedYear('julyToJune', '2026-12-03')).toBe(2025);
    expect(latestEndedYear('firstHalf', '2026-12-03')).toBe(2026);
    expect(latestEndedYear('secondHalf', '2026-12-03')).toBe(2025);
    expect(latestEndedYear('calendarYear', '2026-12-31')).toBe(2025);
    expect(latestEndedYear('calendarYear', '2027-01-01')).toBe(2026);
  });
});
