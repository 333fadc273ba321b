import { describe, expect, it } from 'vitest';
import { makeI18n } from '../../src/client/i18n';
// Its strings join the catalogs on import, as when the staff chunk loads.
import '../../src/client/i18n/staff';
import { describeChange } from '../../src/client/ui/coach/changeWords';

describe('a change from the history, in words', () => {
  const sv = makeI18n('sv');
  it.each([
    ['exitReason', 'work', 'studies', 'Avslutsorsak: Arbete (med eller utan lönestöd) → Studier'],
    ['yearsInSupport', 5.5, 6, 'År i offentlig försörjning: 5,5 → 6'],
    ['intakeDate', '2026-01-10', '2026-02-01', 'Inskrivning: 10 jan. 2026 → 1 feb. 2026'],
    ['support', null, 'sjukpenning', 'Försörjning: – → Sjukpenning'],
  ])('%s %j → %j', (field, from, to, words) => {
    expect(describeChange(sv, field, from, to)).toBe(words);
  });
});
