import fc from 'fast-check';
import type { CohortParticipant, CohortRating } from '../../src/domain/report/cohort';
import { EXIT_REASONS, GENDERS, REFERRERS, SUPPORT_TYPES } from '../../src/shared/participant';
import { DEFAULT_TEAM_SETTINGS, type TeamSettings } from '../../src/shared/team';
import { LABOUR_STATUSES } from '../../src/shared/labourStatus';

const DAY = 86_400_000;
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
const START = Date.parse('2023-07-01T00:00:00Z');

/** Which values participants draw from: all of them, or a few so cells fill up. */
interface Mix {
  reasons: readonly (typeof EXIT_REASONS)[number][];
  referrers: readonly (typeof REFERRERS)[number][];
  ages: fc.Arbitrary<number>;
}
const EVERYTHING: Mix = {
  reasons: EXIT_REASONS,
  referrers: REFERRERS,
  ages: fc.integer({ min: 16, max: 64 }),
};

/** One participant somewhere between mid-2023 and mid-2027, with an ORS series and SRS. */
export const participantArb = participantOf(EVERYTHING);

function participantOf(mix: Mix): fc.Arbitrary<CohortParticipant> {
  return fc
    .record({
      gender: fc.constantFrom(...GENDERS),
      age: mix.ages,
      intakeDay: fc.integer({ min: 0, max: 1100 }),
      stayDays: fc.option(fc.integer({ min: 20, max: 800 }), { freq: 3 }),
      exitReason: fc.constantFrom(...mix.reasons),
      referrer: fc.option(fc.constantFrom(...mix.referrers)),
      support: fc.option(fc.constantFrom(...SUPPORT_TYPES)),
      ors: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 5 }),
      srs: fc.array(fc.integer({ min: 200, max: 400 }), { maxLength: 3 }),
      // A few statuses, so steps and follow-ups fill up (work at 6 months often enough).
      intakeStatus: fc.option(fc.constantFrom(...LABOUR_STATUSES.slice(4))),
      exitStatus: fc.option(fc.constantFrom(...LABOUR_STATUSES.slice(0, 6))),
      followUp6: fc.option(
        fc.constantFrom('work' as const, 'studies' as const, 'job_seeking' as const),
      ),
      followUp12: fc.option(fc.constantFrom('work' as const, 'sick_leave' as const)),
    })
    .map((r): CohortParticipant => {
      const intake = START + r.intakeDay * DAY;
      const exit = r.stayDays === null ? null : intake + r.stayDays * DAY;
      const span = (exit ?? intake + 400 * DAY) - intake;
      const series = (instrument: CohortRating['instrument'], values: number[]) =>
        values.map((v, i) => ({
          instrument,
          date: dayOf(intake + Math.floor((span * i) / Math.max(values.length, 1))),
          total: v / 10,
        }));
      const intakeDate = dayOf(intake);
      return {
        gender: r.gender,
        birthYear: Number(intakeDate.slice(0, 4)) - r.age,
        intakeDate,
        exitDate: exit === null ? null : dayOf(exit),
        exitReason: exit === null ? null : r.exitReason,
        statuses: {
          ...(r.intakeStatus && { intake: r.intakeStatus }),
          ...(exit !== null && r.exitStatus && { exit: r.exitStatus }),
          ...(exit !== null && {
            followUps: {
              ...(r.followUp6 && { 6: r.followUp6 }),
              ...(r.followUp12 && { 12: r.followUp12 }),
            },
          }),
        },
        referrer: r.referrer,
        yearsInSupport: null,
        support: r.support,
        groupIds: [],
        ratings: [...series('ors', r.ors), ...series('srs', r.srs)].sort((a, b) =>
          a.date.localeCompare(b.date),
        ),
      };
    });
}

/** A team's own goal definition and denominator. */
export const settingsArb: fc.Arbitrary<TeamSettings> = fc
  .record({
    goal: fc.subarray([...EXIT_REASONS], { minLength: 1 }),
    dropoutsIn: fc.boolean(),
  })
  .map((s) => ({
    ...DEFAULT_TEAM_SETTINGS,
    goalExitReasons: s.goal,
    dropoutsInDenominator: s.dropoutsIn,
  }));

export interface OrganisationCase {
  teams: { people: CohortParticipant[]; settings: TeamSettings }[];
  organisation: TeamSettings;
  yearStart: 1 | 7;
}

/** 1–5 teams of 0–40 participants each, with their own and the organisation's definitions. */
export const organisationArb: fc.Arbitrary<OrganisationCase> = fc.record({
  teams: fc.array(
    fc.record({
      people: fc.array(participantArb, { maxLength: 40 }),
      settings: fc.oneof(fc.constant(DEFAULT_TEAM_SETTINGS), settingsArb),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  organisation: fc.oneof(fc.constant(DEFAULT_TEAM_SETTINGS), settingsArb),
  yearStart: fc.constantFrom(1 as const, 7 as const),
});

/**
 * Fewer, bigger teams whose people share a few exit reasons, referrers and ages, so the
 * exits' cross-tables hold cells of 5 and more beside small ones: the case where a hidden
 * cell could be worked out from its shown row and column.
 */
export const crowdedOrganisationArb: fc.Arbitrary<OrganisationCase> = fc
  .record({
    reasons: fc.subarray([...EXIT_REASONS], { minLength: 2, maxLength: 3 }),
    referrers: fc.subarray([...REFERRERS], { minLength: 1, maxLength: 3 }),
    ages: fc.subarray([20, 30, 40, 50, 60], { minLength: 2, maxLength: 3 }),
  })
  .chain((m) =>
    fc.record({
      teams: fc.array(
        fc.record({
          people: fc.array(participantOf({ ...m, ages: fc.constantFrom(...m.ages) }), {
            minLength: 40,
            maxLength: 120,
          }),
          settings: fc.oneof(fc.constant(DEFAULT_TEAM_SETTINGS), settingsArb),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      organisation: fc.oneof(fc.constant(DEFAULT_TEAM_SETTINGS), settingsArb),
      yearStart: fc.constantFrom(1 as const, 7 as const),
    }),
  );
