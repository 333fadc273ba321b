import { describe, expect, it } from 'vitest';
import { visibleToStaff } from '../../src/domain/sharing';
import type { Fact } from '../../src/shared/rating';

const rating: Fact = {
  type: 'rating',
  id: '00000000-0000-4000-8000-000000000001',
  instrument: 'ors',
  instrumentVersion: 1,
  administeredAt: '2026-11-23T10:00:00Z',
  values: { individual: 5, interpersonal: 5, social: 5, overall: 5 },
  provenance: 'participant_device',
  wording: 'neutral',
  note: 'my own thoughts',
};

describe('what staff may read', () => {
  it('keeps a rating but not the note the participant kept to themselves', () => {
    const { note: _note, ...withoutNote } = rating;
    expect(visibleToStaff(rating)).toEqual(withoutNote);
    expect(visibleToStaff({ ...rating, noteShared: true })).toMatchObject({
      note: 'my own thoughts',
    });
  });

  it('hides a later note unless it is shared', () => {
    const note: Fact = {
      type: 'note',
      id: '00000000-0000-4000-8000-000000000002',
      ratingId: rating.id,
      at: '2026-11-23T11:00:00Z',
      text: 'hm',
    };
    expect(visibleToStaff(note)).toBeNull();
    expect(visibleToStaff({ ...note, shared: true })).toMatchObject({ text: 'hm' });
  });
});
