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

describe('a group session result on a shared screen', () => {
  it('shows nothing after 2 answers', () => {
    const r = groupResult(INSTRUMENTS.gsrs, [
      answer('a', gsrs([9, 9, 9, 9])),
      answer('b', gsrs([5, 5, 5, 5])),
    ]);
    expect(r).toEqual({ answered: 2, shown: false });
  });

  it('shows means, lowest and highest after 3', () => {
    const r = groupResult(INSTRUMENTS.gsrs, [
      answer('a', gsrs([9, 9, 9, 9])),
      answer('b', gsrs([5, 6, 7, 8])),
      answer('c', gsrs([7, 7.5, 8, 10])),
    ]);
    expect(r).toMatchObject({ answered: 3, shown: true, total: { mean: 31.5, min: 26, max: 36 } });
    expect(r.shown && r.items[0]).toEqual({ id: 'relationship', mean: 7, min: 5, max: 9 });
  });

  it('counts one answer per member, the latest', () => {
    const r = groupResult(INSTRUMENTS.gsrs, [
      answer('a', gsrs([1, 1, 1, 1], 1)),
      answer('a', gsrs([9, 9, 9, 9], 2)),
      answer('b', gsrs([9, 9, 9, 9])),
    ]);
    expect(r).toEqual({ answered: 2, shown: false });
  });
});
