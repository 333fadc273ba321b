import type { InstrumentId } from '../shared/instruments/definition';
import { INSTRUMENTS } from '../shared/instruments/catalog';
import type { Fact, RatingFact } from '../shared/rating';
import { total } from './scoring';

/**
 * The facts folded into what a person sees: each rating with its later notes, minus the
 * ones withdrawn. The facts themselves are never changed.
 */
export interface RatingView {
  rating: RatingFact;
  total: number | null;
  /** The note given when saving, then notes added later, oldest first. */
  notes: string[];
  withdrawn: boolean;
}

export function foldHistory(facts: readonly Fact[]): RatingView[] {
  const withdrawn = new Set<string>();
  const notes = new Map<string, { at: string; text: string }[]>();
  for (const fact of facts) {
    if (fact.type === 'withdrawal') withdrawn.add(fact.ratingId);
    if (fact.type === 'note') {
      const list = notes.get(fact.ratingId) ?? [];
      list.push({ at: fact.at, text: fact.text });
      notes.set(fact.ratingId, list);
    }
  }
  const views: RatingView[] = [];
  for (const fact of facts) {
    if (fact.type !== 'rating') continue;
    const later = (notes.get(fact.id) ?? [])
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((n) => n.text);
    views.push({
      rating: fact,
      total: fact.total ?? total(INSTRUMENTS[fact.instrument], fact.values),
      notes: fact.note ? [fact.note, ...later] : later,
      withdrawn: withdrawn.has(fact.id),
    });
  }
  return views.sort(
    (a, b) => Date.parse(a.rating.administeredAt) - Date.parse(b.rating.administeredAt),
  );
}

/** The ratings of one instrument that still count, oldest first. */
export function series(views: readonly RatingView[], instrument: InstrumentId): RatingView[] {
  return views.filter((v) => !v.withdrawn && v.rating.instrument === instrument);
}

/** How long after saving a participant may withdraw a rating themselves. */
export const WITHDRAW_WINDOW_HOURS = 24;

export function canWithdraw(view: RatingView, now: Date): boolean {
  if (view.withdrawn) return false;
  const ageMs = now.getTime() - Date.parse(view.rating.administeredAt);
  return ageMs <= WITHDRAW_WINDOW_HOURS * 3600_000;
}
