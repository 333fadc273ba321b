import { describe, expect, it } from 'vitest';
import { teamReport } from '../../src/domain/report/cohort';
import { STAFF_LANGUAGES } from '../../src/shared/language';
import { REPORT_WORDS, reportLabel } from '../../src/shared/reportLabels';
import { DEFAULT_TEAM_SETTINGS } from '../../src/shared/team';
import { reportFigures } from '../../src/server/reports/csv';
import { person } from '../builders/cohort';

describe('report labels', () => {
  const report = teamReport(
    [person()],
    { from: '2026-01-01', to: '2026-12-31' },
    { gender: 'woman', ageBand: '35-44', referrer: 'af', groupId: 'g' },
    DEFAULT_TEAM_SETTINGS,
  );

  it.each(STAFF_LANGUAGES)('name every part of every figure in %s', (lang) => {
    const parts = new Set(reportFigures(report).flatMap(([path]) => path.split('.')));
    expect([...parts].filter((p) => !(p in REPORT_WORDS[lang]) && !/^\d+$/.test(p))).toEqual([]);
  });

  it('join the parts in reading order', () => {
    expect(reportLabel('ors.byGender.woman.intakeMean', 'sv')).toBe(
      'ORS › kön › kvinna › medel vid inskrivning',
    );
    expect(reportLabel('goal.percent', 'en')).toBe('Goal reached › %');
  });
});
