import { describe, expect, it } from 'vitest';
import { groupResult } from '../../src/domain/groupResult';
import { foldHistory } from '../../src/domain/history';
import { INSTRUMENTS } from '../../src/shared/instruments';
import type { RatingFact } from '../../src/shared/rating';

let n = 0;
function gsrs(values: number[], minute = 0): RatingFact {
  n++;
  return {
    type: 'rating',
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    instrument: 'gsrs',
    instrumentVersion: 1,
    administeredAt: new Date(Date.UTC(2026, 10, 23, 14, minute)).toISOString(),
    values: {
      relationship: values[0]!,
      goals: values[1]!,
      approach: values[2]!,
      overall: values[3]!,
    },
    provenance: 'participant_device',
    wording: 'neutral',
  };
}
const answer = (participantId: string, fact: RatingFact) => ({
  participantId,
  view: foldHistory([fact])[0]!,
});
const result = (...answers: ReturnType<typeof answer>[]) => groupResult(INSTRUMENTS.gsrs, answers);

describe('a group session result on a shared screen', () => {
  it('shows nothing after 2 answers', () => {
    expect(result(answer('a', gsrs([9, 9, 9, 9])), answer('b', gsrs([5, 5, 5, 5])))).toEqual({
      answered: 2,
      counted: 0,
      shown: false,
    });
  });

  it('shows only means after 3: no lowest, highest or single answer', () => {
    const r = result(
      answer('a', gsrs([9, 9, 9, 9], 1)),
      answer('b', gsrs([5, 6, 7, 8], 2)),
      answer('c', gsrs([7, 7.5, 8, 10], 3)),
    );
    expect(r).toMatchObject({ answered: 3, counted: 3, shown: true, total: { mean: 31.5 } });
    expect(r.shown && r.items[0]).toEqual({ id: 'relationship', mean: 7 });
    expect(JSON.stringify(r)).not.toMatch(/min|max|spread/);
  });

  it('keeps the means of the first 3 when a 4th and 5th answer, so nobody is read off the change', () => {
    const three = [
      answer('a', gsrs([9, 9, 9, 9], 1)),
      answer('b', gsrs([5, 6, 7, 8], 2)),
      answer('c', gsrs([7, 7.5, 8, 10], 3)),
    ];
    const before = result(...three);
    const after = result(
      ...three,
      answer('d', gsrs([1, 1, 1, 1], 4)),
      answer('e', gsrs([2, 2, 2, 2], 5)),
    );
    expect(after).toMatchObject({ answered: 5, counted: 3 });
    expect(after.shown && after.total).toEqual(before.shown && before.total);
    const six = result(
      ...three,
      answer('d', gsrs([1, 1, 1, 1], 4)),
      answer('e', gsrs([2, 2, 2, 2], 5)),
      answer('f', gsrs([3, 3, 3, 3], 6)),
    );
    expect(six).toMatchObject({
      counted: 6,
      total: { mean: 19.8 } /* (94.5 + 4 + 8 + 12) / 6 = 19.75 */,
    });
  });

  it('counts each member once, with their first answer: a changed answer does not move the mean', () => {
    const r = result(
      answer('a', gsrs([1, 1, 1, 1], 1)),
      answer('a', gsrs([9, 9, 9, 9], 9)),
      answer('b', gsrs([1, 1, 1, 1], 2)),
      answer('c', gsrs([1, 1, 1, 1], 3)),
    );
    expect(r).toMatchObject({ answered: 3, total: { mean: 4 } });
  });
});
