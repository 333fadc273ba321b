import type { Period } from '../../shared/report';

export type PeriodPreset = 'firstHalf' | 'secondHalf' | 'calendarYear' | 'julyToJune';
export const PERIOD_PRESETS: readonly PeriodPreset[] = [
  'firstHalf',
  'secondHalf',
  'calendarYear',
  'julyToJune',
];

/** The presets teams report on: calendar halves, the calendar year, July–June (a "verksamhetsår"). */
export function presetPeriod(preset: PeriodPreset, year: number): Period {
  switch (preset) {
    case 'firstHalf':
      return { from: `${year}-01-01`, to: `${year}-06-30` };
    case 'secondHalf':
      return { from: `${year}-07-01`, to: `${year}-12-31` };
    case 'calendarYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'julyToJune':
      return { from: `${year}-07-01`, to: `${year + 1}-06-30` };
  }
}

/** The year whose `preset` period ended last before `today` (YYYY-MM-DD): never one still running. */
export function latestEndedYear(preset: PeriodPreset, today: string): number {
  let year = Number(today.slice(0, 4));
  while (presetPeriod(preset, year).to >= today) year--;
  return year;
}

export const inPeriod = (date: string, period: Period) => date >= period.from && date <= period.to;

/** Days between two YYYY-MM-DD dates (UTC, so summer time never makes a day 23 hours). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Throughput months as the definitions say: days from intake to exit / (365.25 / 12). */
export function throughputMonths(intake: string, exit: string): number {
  return daysBetween(intake, exit) / (365.25 / 12);
}
