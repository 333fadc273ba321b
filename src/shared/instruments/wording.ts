import * as z from 'zod/mini';
import { languageSchema } from '../languageSchema';
import { LICENSED_INSTRUMENTS } from './catalog';
import type { InstrumentDefinition } from './definition';
import { instrumentTextsSchema } from './texts';

/**
 * A team's licensed wording in one language: the JSON file a team admin loads, holding the
 * texts of ORS, SRS and/or GSRS. It replaces our neutral texts; items, scale and thresholds
 * stay ours, so scores keep their meaning whichever wording was shown.
 */
export const WORDING_FORMAT = 'stegvis-wording/1';
export { LICENSED_INSTRUMENTS };
export type LicensedInstrument = (typeof LICENSED_INSTRUMENTS)[number];

/** The same words as our catalogs hold for an instrument, less `when` (ours is kept). */
export const instrumentWordingSchema = z.omit(instrumentTextsSchema, { when: true });
export type InstrumentWording = z.infer<typeof instrumentWordingSchema>;

export const wordingFileSchema = z.strictObject({
  format: z.literal(WORDING_FORMAT),
  language: languageSchema,
  /** What the team calls this wording, shown on every screen that uses it. */
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  instruments: z
    .partialRecord(z.enum(LICENSED_INSTRUMENTS), instrumentWordingSchema)
    .check(z.refine((r) => Object.keys(r).length > 0, 'At least one instrument.')),
});
export type WordingFile = z.infer<typeof wordingFileSchema>;

export interface WordingProblem {
  instrument: string;
  missing: string[];
  unknown: string[];
}

/** Every instrument in the file must have exactly our item ids, no more, no fewer. */
export function wordingProblems(
  file: WordingFile,
  definitions: Record<string, InstrumentDefinition>,
): WordingProblem[] {
  const problems: WordingProblem[] = [];
  for (const [id, wording] of Object.entries(file.instruments)) {
    const ids = definitions[id]!.items.map((i) => i.id);
    const given = Object.keys(wording!.items);
    const missing = ids.filter((i) => !given.includes(i));
    const unknown = given.filter((i) => !ids.includes(i));
    if (missing.length || unknown.length) problems.push({ instrument: id, missing, unknown });
  }
  return problems;
}

/** The same problems as field-by-field details, for the API's answer and the admin's screen. */
export function wordingProblemDetails(
  file: WordingFile,
  definitions: Record<string, InstrumentDefinition>,
): { path: string; message: 'missing' | 'unknown' }[] {
  return wordingProblems(file, definitions).flatMap((p) => [
    ...p.missing.map((id) => ({
      path: `instruments.${p.instrument}.items.${id}`,
      message: 'missing' as const,
    })),
    ...p.unknown.map((id) => ({
      path: `instruments.${p.instrument}.items.${id}`,
      message: 'unknown' as const,
    })),
  ]);
}

export { applyWording } from './applyWording';
