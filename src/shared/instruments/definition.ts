import * as z from 'zod/mini';
import { INSTRUMENT_IDS } from './ids';

/**
 * An instrument is data: items, scale and thresholds. The UI renders any definition that
 * passes this schema, so adding a scale means adding a file, not a component. Its words (title,
 * anchors, item labels) live in each language's catalog (`InstrumentTexts`), so a language is
 * one file; the licensed ORS/SRS/GSRS wording a team holds is laid over them (`wording.ts`).
 */

export { INSTRUMENT_IDS, type InstrumentId } from './ids';
export const instrumentIdSchema = z.enum(INSTRUMENT_IDS);

const itemIdSchema = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,31}$/));

export const instrumentItemSchema = z.strictObject({ id: itemIdSchema });
export type InstrumentItem = z.infer<typeof instrumentItemSchema>;

/**
 * How an item is answered:
 * - `vas`: the paper line; position scored 0.0–10.0, number hidden while marking;
 * - `steps`: whole steps 0–10 with the numbers shown (scaling question, life compass).
 */
export const responseSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('vas'),
    min: z.literal(0),
    max: z.literal(10),
    step: z.literal(0.1),
  }),
  z.strictObject({
    kind: z.literal('steps'),
    min: z.literal(0),
    max: z.literal(10),
    step: z.literal(1),
  }),
]);
export type ResponseScale = z.infer<typeof responseSchema>;

/**
 * A threshold is a number with a meaning. `source` says whether it is published
 * (e.g. the ORS clinical cutoff) or a team setting with a default, so screens can label it.
 */
export const thresholdSchema = z.strictObject({
  id: z.enum([
    'clinicalCutoff',
    'adolescentCutoff',
    'alliance',
    'itemAlliance',
    'teamAlliance',
    'noticeableChange',
    'reliableChange',
  ]),
  appliesTo: z.enum(['total', 'item', 'change']),
  value: z.number().check(z.gte(0), z.lte(40)),
  source: z.enum(['published', 'heuristic', 'team']),
  /** Ages the threshold is for, when it depends on age (ORS: adults vs 13–17). */
  ages: z.optional(z.strictObject({ min: z.int(), max: z.int() })),
});
export type Threshold = z.infer<typeof thresholdSchema>;

export const instrumentDefinitionSchema = z
  .strictObject({
    id: instrumentIdSchema,
    /** Bumped when items change meaning; stored on every rating. */
    version: z.int().check(z.gte(1)),
    response: responseSchema,
    items: z.array(instrumentItemSchema).check(z.minLength(1), z.maxLength(8)),
    /** Whether a total (sum of items) means something. */
    total: z.boolean(),
    /** The participant writes what the scale is about (their own goal). */
    ownGoal: z.boolean(),
    /** The rating can name a group session by its short code (the GSRS). */
    groupSession: z.optional(z.boolean()),
    /** The ORS/SRS/GSRS wording is licensed; ours is neutral until a team loads theirs. */
    licensed: z.boolean(),
    /** Where the participant's home screen offers it: with the session's steps, or below. */
    placement: z.enum(['main', 'more']),
    /** Whether the CSV import of historical ratings takes it (the `instrument` column). */
    importable: z.boolean(),
    thresholds: z.array(thresholdSchema),
  })
  .check(
    z.refine((d) => new Set(d.items.map((i) => i.id)).size === d.items.length, {
      message: 'Item ids must be unique',
    }),
  );
export type InstrumentDefinition = z.infer<typeof instrumentDefinitionSchema>;
