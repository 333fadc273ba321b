import * as z from 'zod/mini';
import { LANGUAGES } from './language';
import { licenceSchema } from './team';
import { plainText } from './text';
import { QUESTIONNAIRE_MOMENTS } from './moments';

/**
 * Questionnaires as data: a pack file a team admin or an organisation loads under its own
 * licence (the network's indicators, say), administered at set moments and reported per item.
 * Stegvis ships only its own neutral example; a licensed pack's wording is never changed.
 */
export const PACK_FORMAT = 'stegvis-questionnaire-pack';
export { QUESTIONNAIRE_MOMENTS, type QuestionnaireMoment } from './moments';

const words = (max: number) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max), plainText);
/** A text in Swedish (always) and any of the participants' languages. */
const texts = (max: number) =>
  z.partialRecord(z.enum(LANGUAGES), words(max)).check(
    z.refine((t) => typeof t.sv === 'string', {
      message: 'Every text needs Swedish (sv).',
      path: ['sv'],
    }),
  );
const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'a-z, 0-9 and -, at most 60'));

export const packQuestionSchema = z.strictObject({
  id: slug,
  text: texts(400),
  /** 2 (yes/no) to 5 labelled levels, in the order shown. */
  options: z
    .array(z.strictObject({ value: z.int().check(z.gte(0), z.lte(9)), label: texts(120) }))
    .check(
      z.minLength(2),
      z.maxLength(5),
      z.refine((o) => new Set(o.map((x) => x.value)).size === o.length, 'Each value once.'),
    ),
});

export const questionnairePackSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  version: z.literal(1),
  id: slug,
  title: texts(120),
  /** Said before the questions: what it is for, who reads the answers. */
  intro: z.optional(texts(600)),
  moments: z.array(z.enum(QUESTIONNAIRE_MOMENTS)).check(
    z.minLength(1),
    z.refine((m) => new Set(m).size === m.length, 'Each moment once.'),
  ),
  questions: z.array(packQuestionSchema).check(
    z.minLength(1),
    z.maxLength(40),
    z.refine((q) => new Set(q.map((x) => x.id)).size === q.length, 'Each question id once.'),
  ),
});
export type QuestionnairePack = z.infer<typeof questionnairePackSchema>;

/** Loading a pack: the file and the basis on which the team or organisation may use it. */
export const loadPackSchema = z.strictObject({
  pack: questionnairePackSchema,
  licence: licenceSchema,
});

/** A pack as loaded: for the team's phones, the coach and the report. */
export const loadedPackSchema = z.object({
  pack: questionnairePackSchema,
  licence: licenceSchema,
  /** Loaded by the team itself, or by its organisation for all of its teams. */
  loadedBy: z.enum(['team', 'organisation']),
  loadedAt: z.string(),
});
export type LoadedPack = z.infer<typeof loadedPackSchema>;
export const packListSchema = z.object({ packs: z.array(loadedPackSchema) });

/** A pack's answers in a report period: each question's distribution over its options. */
export const questionnaireTableSchema = z.object({
  packId: z.string(),
  title: texts(120),
  /** Questionnaires answered in the period. */
  answers: z.number(),
  questions: z.array(
    z.object({
      id: z.string(),
      text: texts(400),
      /** Answers to this question (it may be skipped). */
      n: z.number(),
      options: z.array(z.object({ value: z.number(), label: texts(120), count: z.number() })),
    }),
  ),
});
export type QuestionnaireTable = z.infer<typeof questionnaireTableSchema>;
