import * as z from 'zod/mini';
import type { StegvisDB } from './db';
import { withDb } from './facts';

/**
 * A half-filled form, kept on the phone as the participant goes, so a reload or a phone that
 * kills the tab loses nothing ("Fortsätt där du var"). Never on a shared tablet: one member's
 * answers must not wait there for the next. A draft is not a rating: it is never sent.
 */
export const draftSchema = z.object({
  values: z.record(z.string(), z.nullable(z.number())),
  goal: z.string(),
  note: z.string(),
  noteShared: z.boolean(),
  sessionCode: z.string(),
  savedAt: z.string(),
});
export type Draft = z.infer<typeof draftSchema>;

/** Older drafts are not offered: a week-old "how was your week" answers another week. */
export const DRAFT_MAX_AGE_MS = 3 * 24 * 60 * 60 * 1000;

const key = (form: string) => `draft:${form}`;

export function saveDraft(form: string, draft: Draft, database?: StegvisDB): Promise<void> {
  return withDb(database, async (conn) => {
    await conn.put('meta', draft, key(form));
  });
}

export function readDraft(
  form: string,
  now = Date.now(),
  database?: StegvisDB,
): Promise<Draft | null> {
  return withDb(database, async (conn) => {
    const parsed = draftSchema.safeParse(await conn.get('meta', key(form)));
    if (!parsed.success) return null;
    const age = now - Date.parse(parsed.data.savedAt);
    return age >= 0 && age <= DRAFT_MAX_AGE_MS ? parsed.data : null;
  });
}

export function clearDraft(form: string, database?: StegvisDB): Promise<void> {
  return withDb(database, async (conn) => {
    await conn.delete('meta', key(form));
  });
}
