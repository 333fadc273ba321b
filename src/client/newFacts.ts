import type { InstrumentDefinition } from '../shared/instruments/definition';
import type { NoteFact, Provenance, RatingFact, WithdrawalFact } from '../shared/rating';

/**
 * A time-ordered UUID (version 7, RFC 9562): 48 bits of milliseconds, then 74 random bits.
 * The server keeps facts in indexes keyed by (participant, id); ids that follow time land
 * at the end of a participant's range instead of on a random page, so a push dirties a
 * page or two, not one per fact (SQLite ingest: flat instead of slowing as the table grows).
 * The time in it says no more than the fact's own date. `getRandomValues` works without a
 * secure context, so plain http on a LAN is fine.
 */
export function newId(now = Date.now()): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  for (let i = 0; i < 6; i++) b[i] = Math.floor(now / 2 ** (8 * (5 - i))) & 0xff;
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface RatingInput {
  def: InstrumentDefinition;
  wording: string;
  values: Record<string, number>;
  goal?: string;
  note?: string;
  noteShared?: boolean;
  groupSession?: string;
  /** Who entered it where: the participant on their own phone unless said otherwise. */
  provenance?: Provenance;
}

/** A rating entered by the participant on this device, now. */
export function newRating(
  { def, wording, values, goal, note, noteShared, groupSession, provenance }: RatingInput,
  now = new Date(),
): RatingFact {
  const fact: RatingFact = {
    type: 'rating',
    id: newId(),
    instrument: def.id,
    instrumentVersion: def.version,
    administeredAt: now.toISOString(),
    values,
    provenance: provenance ?? 'participant_device',
    wording,
  };
  if (goal?.trim()) fact.goal = goal.trim();
  if (note?.trim()) {
    fact.note = note.trim();
    if (noteShared) fact.noteShared = true;
  }
  if (groupSession) fact.groupSession = groupSession;
  return fact;
}

export function newWithdrawal(ratingId: string, now = new Date()): WithdrawalFact {
  return { type: 'withdrawal', id: newId(), ratingId, at: now.toISOString() };
}

export function newNote(
  ratingId: string,
  text: string,
  shared: boolean,
  now = new Date(),
): NoteFact {
  const note: NoteFact = {
    type: 'note',
    id: newId(),
    ratingId,
    at: now.toISOString(),
    text: text.trim(),
  };
  if (shared) note.shared = true;
  return note;
}
