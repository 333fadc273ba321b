import type { InstrumentDefinition } from '../shared/instruments/definition';
import type { TeamSettings } from '../shared/team';

/** Age in whole years at a date, from the birth year alone (we store no birth date). */
export function ageInYear(birthYear: number, on: Date): number {
  return on.getFullYear() - birthYear;
}

/**
 * The ORS clinical cutoff for a person: 25 for adults, 28 for ages 13–17. Without an age
 * the adult cutoff applies, as the participants are 16–64 and mostly adults.
 */
export function clinicalCutoff(def: InstrumentDefinition, age?: number): number | undefined {
  const byAge = def.thresholds.filter((t) => t.appliesTo === 'total' && t.ages);
  if (age !== undefined) {
    const match = byAge.find((t) => t.ages && age >= t.ages.min && age <= t.ages.max);
    if (match) return match.value;
  }
  return def.thresholds.find((t) => t.id === 'clinicalCutoff')?.value;
}

/** Below the cutoff means "in the clinical range" (staff language only; never shown to participants). */
export function isBelowCutoff(totalScore: number, cutoff: number): boolean {
  return totalScore < cutoff;
}

/** Age in the year of a YYYY-MM-DD date (intake), from the birth year alone. */
export function ageOn(birthYear: number, isoDate: string): number {
  return Number(isoDate.slice(0, 4)) - birthYear;
}

/**
 * The ORS cutoff with the team's own values: the youth cutoff for the ages the published
 * youth norm covers (13–17), the adult cutoff otherwise.
 */
export function teamOrsCutoff(
  def: InstrumentDefinition,
  settings: Pick<TeamSettings, 'orsCutoffAdult' | 'orsCutoffYouth'>,
  age?: number,
): number {
  const youth = def.thresholds.find((t) => t.id === 'adolescentCutoff');
  const isYouth =
    age !== undefined && youth?.ages && age >= youth.ages.min && age <= youth.ages.max;
  return isYouth ? settings.orsCutoffYouth : settings.orsCutoffAdult;
}
