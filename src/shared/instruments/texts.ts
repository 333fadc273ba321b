import * as z from 'zod/mini';
import type { InstrumentDefinition, InstrumentId } from './definition';

const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(400));

/**
 * An instrument's words in one language: what the participant reads. Every language catalog
 * holds these for every instrument (typed against the Swedish source), and a team's licensed
 * wording file holds the same shape for ORS, SRS and GSRS, laid over ours.
 */
export const instrumentTextsSchema = z.strictObject({
  title: text,
  /** What the participant is asked, e.g. "Think of the past week". */
  prompt: text,
  /** When it is used, for the home screen. */
  when: text,
  anchors: z.strictObject({ low: text, high: text }),
  /** Per item id: its label, and a short explanation under it in plain words. */
  items: z.record(z.string(), z.strictObject({ label: text, hint: z.optional(text) })),
});
export type InstrumentTexts = z.infer<typeof instrumentTextsSchema>;
export type AllInstrumentTexts = Record<InstrumentId, InstrumentTexts>;

/** An item's label and hint; the item ids come from the definition, so a gap is a bug. */
export function itemText(texts: InstrumentTexts, itemId: string): { label: string; hint?: string } {
  return texts.items[itemId] ?? { label: itemId };
}

/** Item ids a language's texts lack or add, for the catalog tests. */
export function textGaps(def: InstrumentDefinition, texts: InstrumentTexts): string[] {
  const ids = def.items.map((i) => i.id);
  const given = Object.keys(texts.items);
  return [
    ...ids.filter((id) => !given.includes(id)).map((id) => `missing ${id}`),
    ...given.filter((id) => !ids.includes(id)).map((id) => `unknown ${id}`),
  ];
}
