import {
  EXIT_REASONS,
  GENDERS,
  REFERRERS,
  SUPPORT_TYPES,
  type ExitReason,
} from '../../shared/participant';
import { AGE_BANDS, type Period } from '../../shared/report';
import { FOLLOW_UP_CHOICES, LABOUR_STATUSES, movedUp } from '../../shared/labourStatus';
import { inWorkOrStudies } from '../report/steps';
import type { TeamSettings } from '../../shared/team';
import { clinicallySignificant, reliableChange } from '../change';
import {
  activeDuring,
  ageAtIntake,
  ageBand,
  exitedIn,
  inGoalDenominator,
  ratedIn,
  reachedGoal,
  type CohortParticipant,
} from '../report/cohort';
import { orsPair } from '../report/orsChange';

/**
 * Who is behind each figure of a report: for one team (or the organisation) and one period,
 * the people in each cell, by their place in the organisation's list. The disclosure rules
 * reason about these sets, never about values; the report's own predicates decide them, so
 * a cell and its figure cannot disagree.
 */
export type CellMembers = Map<string, number[]>;

const keys = {
  gender: GENDERS,
  reason: EXIT_REASONS,
  referrer: [...REFERRERS, 'unknown'],
  support: [...SUPPORT_TYPES, 'unknown'],
  band: AGE_BANDS,
} as const;

export function cellMembers(
  people: readonly CohortParticipant[],
  ids: readonly number[],
  period: Period,
  settings: TeamSettings,
): CellMembers {
  const cells: CellMembers = new Map();
  const put = (cell: string, id: number) => {
    const list = cells.get(cell);
    if (list) list.push(id);
    else cells.set(cell, [id]);
  };
  const ensure = (names: readonly string[]) =>
    names.forEach((n) => cells.has(n) || cells.set(n, []));
  ensure([
    'participants',
    'activeAtStart',
    'enrolled',
    'exited',
    'activeAtEnd',
    'goal.reached',
    'goal.denominator',
    'goal.rest',
    'exits.notReached',
    'ors',
    'ors.improved',
    'ors.unchanged',
    'ors.deteriorated',
    'ors.clinical',
    'ors.clinical.rest',
    'ors.belowCutoff',
    'ors.belowCutoff.rest',
    'srs.people',
    'gsrs.people',
    ...keys.gender.flatMap((g) => [
      `participants.gender.${g}`,
      `exits.gender.${g}`,
      `ors.gender.${g}`,
    ]),
    ...keys.reason.flatMap((r) => [`exits.reason.${r}`, `ors.reason.${r}`]),
    ...keys.referrer.flatMap((r) => [
      `participants.referrer.${r}`,
      `exits.referrer.${r}`,
      `exits.referrer.${r}.reached`,
      `exits.referrer.${r}.notReached`,
    ]),
    ...keys.band.map((b) => `exits.age.${b}`),
    'steps',
    'steps.movedUp',
    'steps.notMovedUp',
    ...FOLLOW_UP_CHOICES.flatMap((m) => [
      `followUp.${m}`,
      `followUp.${m}.inWork`,
      `followUp.${m}.notInWork`,
      `followUp.${m}.pairs`,
    ]),
    ...['steps', ...FOLLOW_UP_CHOICES.map((m) => `followUp.${m}`)].flatMap((base) =>
      LABOUR_STATUSES.flatMap((a) => [
        `${base}.from.${a}`,
        `${base}.to.${a}`,
        ...LABOUR_STATUSES.map((b) => `${base}.cell.${a}.${b}`),
      ]),
    ),
    ...keys.reason.flatMap((r) => [
      ...keys.gender.map((g) => `exits.reason.${r}.gender.${g}`),
      ...keys.band.map((b) => `exits.reason.${r}.age.${b}`),
    ]),
    ...keys.support.map((s) => `participants.support.${s}`),
  ]);

  for (const id of ids) {
    const p = people[id]!;
    if (!activeDuring(p, period)) continue;
    put('participants', id);
    put(p.intakeDate < period.from ? 'activeAtStart' : 'enrolled', id);
    put(`participants.gender.${p.gender}`, id);
    put(`participants.referrer.${p.referrer ?? 'unknown'}`, id);
    put(`participants.support.${p.support ?? 'unknown'}`, id);
    for (const instrument of ['srs', 'gsrs'] as const)
      if (ratedIn(p, instrument, period).length) put(`${instrument}.people`, id);
    if (!exitedIn(p, period)) {
      put('activeAtEnd', id);
      continue;
    }
    put('exited', id);
    put(`exits.reason.${p.exitReason ?? 'other'}`, id);
    put(`exits.gender.${p.gender}`, id);
    const reason = p.exitReason ?? 'other';
    const band = ageBand(ageAtIntake(p));
    put(`exits.reason.${reason}.gender.${p.gender}`, id);
    put(`exits.age.${band}`, id);
    put(`exits.reason.${reason}.age.${band}`, id);
    const reached = reachedGoal(p, settings);
    const referrer = `exits.referrer.${p.referrer ?? 'unknown'}`;
    put(referrer, id);
    put(reached ? `${referrer}.reached` : `${referrer}.notReached`, id);
    if (reached) put('goal.reached', id);
    else put('exits.notReached', id);
    if (inGoalDenominator(p, settings)) {
      put('goal.denominator', id);
      if (!reached) put('goal.rest', id);
    }
    const s = p.statuses;
    const statusPair = (base: string, from: string, to: string) => {
      put(`${base}.cell.${from}.${to}`, id);
      put(`${base}.from.${from}`, id);
      put(`${base}.to.${to}`, id);
    };
    if (s?.intake && s.exit) {
      statusPair('steps', s.intake, s.exit);
      put('steps', id);
      put(
        movedUp(settings.statusLadder, s.intake, s.exit) ? 'steps.movedUp' : 'steps.notMovedUp',
        id,
      );
    }
    for (const m of FOLLOW_UP_CHOICES) {
      const status = s?.followUps?.[m];
      if (!status) continue;
      put(`followUp.${m}`, id);
      if (s?.exit) {
        put(`followUp.${m}.pairs`, id);
        statusPair(`followUp.${m}`, s.exit, status);
      }
      put(`followUp.${m}.${inWorkOrStudies(status) ? 'inWork' : 'notInWork'}`, id);
    }
    const pair = orsPair(p, settings);
    if (!pair) continue;
    put('ors', id);
    put(`ors.${reliableChange(pair.intake, pair.exit)}`, id);
    put(
      clinicallySignificant(pair.intake, pair.exit, pair.cutoff)
        ? 'ors.clinical'
        : 'ors.clinical.rest',
      id,
    );
    put(pair.intake < pair.cutoff ? 'ors.belowCutoff' : 'ors.belowCutoff.rest', id);
    put(`ors.gender.${p.gender}`, id);
    if (p.exitReason) put(`ors.reason.${p.exitReason as ExitReason}`, id);
  }
  return cells;
}
