import type { InstrumentDefinition } from '../shared/instruments/definition';
import type { NoteFact, Provenance, RatingFact, WithdrawalFact } from '../shared/rating';

/** A random v4 UUID; `randomUUID` needs a secure context, so plain http on a LAN falls back. */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
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
