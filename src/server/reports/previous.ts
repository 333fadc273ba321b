import {
  comparedFigures,
  previousOutsidePeriod,
  previousPeriod,
} from '../../domain/report/comparison';
import { outsidePeriod } from '../../domain/report/reportingYear';
import type { Audience, Period, ReportFilter } from '../../shared/report';
import { DISCLOSURE_RULE } from '../../domain/disclosure/marks';
import type { Store } from '../db/connect';
import { reportForTeam } from './cohort';
import { reportingFor, steeringReport } from './outside';
import { questionnaireTables } from './questionnaires';

/**
 * The previous period's headline figures for a report. Outside the team it is the report the
 * steering group got (or would get) for the year or half before, protected on its own: it
 * shows nothing that report does not.
 */
async function previousFigures(
  store: Store,
  teamId: string,
  audience: Exclude<Audience, 'organisation'>,
  period: Period,
  filter: ReportFilter,
) {
  if (audience === 'team') {
    const before = previousPeriod(period);
    return comparedFigures(await reportForTeam(store, teamId, before, filter), before);
  }
  const { yearStart } = await reportingFor(store, teamId);
  const found = outsidePeriod(period, yearStart)!;
  const first = Number(found.year.year.from.slice(0, 4));
  const before = previousOutsidePeriod(first, found.span, yearStart);
  return comparedFigures(await steeringReport(store, teamId, before, {}), before);
}

/**
 * The team's report, or the steering group's, with the previous period's figures beside; the
 * team's own has its questionnaires' answers too.
 */
export async function reportWithPrevious(
  store: Store,
  teamId: string,
  audience: Exclude<Audience, 'organisation'>,
  period: Period,
  filter: ReportFilter,
) {
  if (audience === 'steering') {
    const report = await steeringReport(store, teamId, period, filter);
    const previous = await previousFigures(store, teamId, audience, period, filter);
    return { ...report, disclosure: DISCLOSURE_RULE, previous };
  }
  const report = await reportForTeam(store, teamId, period, filter);
  const previous = await previousFigures(store, teamId, audience, period, filter);
  // Answers are not filtered by gender, age or group: with a selection they are left out.
  const questionnaires = Object.values(filter).some(Boolean)
    ? []
    : await questionnaireTables(store, teamId, period);
  return { audience: 'team' as const, ...report, previous, questionnaires };
}
