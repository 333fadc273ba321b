import * as z from 'zod/mini';
import { languageSchema } from '../language';
import type { InstrumentDefinition } from './definition';
import { instrumentIdSchema } from './definition';

/**
 * A team's licensed wording for one instrument in one language: the JSON file a team admin
 * loads. It replaces our neutral texts; items, scale and thresholds stay ours, so scores keep
 * their meaning whichever wording was shown.
 */
const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(400));

export const wordingSchema = z.strictObject({
  format: z.literal('stegvis-wording/1'),
  instrument: instrumentIdSchema,
  language: languageSchema,
  /** What the team calls this wording, shown on every screen that uses it. */
  name: text,
  title: text,
  prompt: text,
  anchors: z.strictObject({ low: text, high: text }),
  items: z.record(z.string(), z.strictObject({ label: text, hint: z.optional(text) })),
});
export type Wording = z.infer<typeof wordingSchema>;

export type WordingProblem =
  { kind: 'wrongInstrument' } | { kind: 'itemMismatch'; missing: string[]; unknown: string[] };

/** Checks that a wording fits a definition: same instrument, exactly the same item ids. */
export function wordingProblem(def: InstrumentDefinition, wording: Wording): WordingProblem | null {
  if (wording.instrument !== def.id) return { kind: 'wrongInstrument' };
  const ids = def.items.map((i) => i.id);
  const given = Object.keys(wording.items);
  const missing = ids.filter((id) => !given.includes(id));
  const unknown = given.filter((id) => !ids.includes(id));
  return missing.length || unknown.length ? { kind: 'itemMismatch', missing, unknown } : null;
}

/** The definition as shown in `wording.language`, with the team's texts laid over ours. */
export function applyWording(def: InstrumentDefinition, wording: Wording): InstrumentDefinition {
  if (wordingProblem(def, wording)) return def;
  const lang = wording.language;
  return {
    ...def,
    title: { ...def.title, [lang]: wording.title },
    prompt: { ...def.prompt, [lang]: wording.prompt },
    anchors: {
      low: { ...def.anchors.low, [lang]: wording.anchors.low },
      high: { ...def.anchors.high, [lang]: wording.anchors.high },
    },
    items: def.items.map((item) => {
      const w = wording.items[item.id]!;
      const hint = w.hint
        ? { ...(item.hint ?? { sv: w.hint, en: w.hint }), [lang]: w.hint }
        : undefined;
      return { ...item, label: { ...item.label, [lang]: w.label }, hint };
    }),
  };
}
