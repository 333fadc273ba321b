import type { CohortParticipant, CohortRating } from '../../domain/report/cohort';
import { teamReport, type TeamReport } from '../../domain/report/cohort';
import type { CohortStatuses } from '../../domain/report/steps';
import type { LabourStatus } from '../../shared/labourStatus';
import { EXIT_REASONS, GENDERS, type ExitReason, type Gender } from '../../shared/participant';
import { sql, type Compilable } from 'kysely';
import * as z from 'zod/mini';
import { staffLanguageSchema } from '../../shared/languageSchema';
import {
  audienceSchema,
  reportRequestSchema,
  type Period,
  type ReportFilter,
} from '../../shared/report';
import { ClientError, issues } from '../http/errors';
import type { Store } from '../db/connect';
import { settingsOf } from '../teams/settings';
import { localDay } from '../../domain/localDay';
export { localDay };

const REPORTED = ['ors', 'srs', 'gsrs'] as const;

/** participant, fact id, instrument, time, total: the columns of a report's rating read. */
type RatingTuple = [string, string, string, string, number | null];

/**
 * A rating read as arrays, not objects: tens of thousands of rows, and on SQLite making an
 * object per row (and collecting them) was a third of the report's time. The statement runs
 * while Kysely's one connection is held, so it never reads inside another's transaction.
 */
async function tuples(
  store: Store,
  query: Compilable<{
    participant_id: string;
    id: string;
    instrument: string | null;
    occurred_at: string;
    total: number | null;
  }>,
): Promise<RatingTuple[]> {
  const compiled = query.compile();
  const { sqlite } = store;
  if (sqlite)
    return store.db.connection().execute(
      async () =>
        sqlite
          .prepare(compiled.sql)
          .raw(true)
          .all(...compiled.parameters) as RatingTuple[],
    );
  const { rows } = await store.db.executeQuery(compiled);
  return rows.map((r) => [r.participant_id, r.id, r.instrument ?? '', r.occurred_at, r.total]);
}

/**
 * Everything the report needs of a team, in four queries; with a period, only the ratings
 * that period's report reads. Ratings come from the indexed
 * columns (instrument, time, total), never the JSON bodies; only withdrawals, which are
 * few, are parsed, to leave out what a participant took back.
 */
export async function loadCohort(
  store: Store,
  teamId: string,
  period?: Period,
): Promise<CohortParticipant[]> {
  const { db } = store;
  const people = await db
    .selectFrom('participants')
    .select([
      'id',
      'gender',
      'birth_year',
      'intake_date',
      'exit_date',
      'exit_reason',
      'referrer',
      'support',
      'years_in_support',
    ])
    .where('team_id', '=', teamId)
    .execute();
  const groups = await db
    .selectFrom('group_members')
    .innerJoin('groups', 'groups.id', 'group_members.group_id')
    .select(['group_members.participant_id', 'group_members.group_id'])
    .where('groups.team_id', '=', teamId)
    .execute();
  const withdrawals = await db
    .selectFrom('facts')
    .innerJoin('participants', 'participants.id', 'facts.participant_id')
    .select(['facts.participant_id', 'facts.body'])
    .where('participants.team_id', '=', teamId)
    .where('facts.type', '=', sql.lit('withdrawal'))
    .execute();

  const withdrawn = new Set(
    withdrawals.map(
      (w) => `${w.participant_id}/${(JSON.parse(w.body) as { ratingId: string }).ratingId}`,
    ),
  );
  // Literal type, so the partial index facts_ratings serves every read (migration 0014).
  const ratingRows = () =>
    db
      .selectFrom('facts')
      .innerJoin('participants', 'participants.id', 'facts.participant_id')
      .select([
        'facts.participant_id',
        // Only needed to leave out what was withdrawn: most teams' reports have nothing to.
        withdrawn.size ? 'facts.id' : sql<string>`''`.as('id'),
        'facts.instrument',
        'facts.occurred_at',
        'facts.total',
      ])
      .where('participants.team_id', '=', teamId)
      .where('facts.type', '=', sql.lit('rating'));
  // With a period, only what its report reads: the ORS of those who exited in it, and the
  // SRS/GSRS made in it (a day's margin each side; the local day is decided below). Two
  // reads, so each seeks its part of the index instead of scanning every rating.
  const from =
    period && new Date(Date.parse(`${period.from}T00:00:00Z`) - 86_400_000).toISOString();
  const to =
    period && new Date(Date.parse(`${period.to}T00:00:00Z`) + 2 * 86_400_000).toISOString();
  const facts = !period
    ? await tuples(store, ratingRows().where('facts.instrument', 'in', REPORTED))
    : [
        ...(await tuples(
          store,
          ratingRows()
            .where('facts.instrument', '=', 'ors')
            .where('participants.exit_date', '>=', period.from)
            .where('participants.exit_date', '<=', period.to),
        )),
        ...(await tuples(
          store,
          ratingRows()
            .where('facts.instrument', 'in', ['srs', 'gsrs'])
            .where('facts.occurred_at', '>=', from!)
            .where('facts.occurred_at', '<', to!)
            // Only who was in the programme during the period (activeDuring): the report
            // counts no one else's sessions, and each participant left out is two seeks less.
            .where('participants.intake_date', '<=', period.to)
            .where((eb) =>
              eb.or([
                eb('participants.exit_date', 'is', null),
                eb('participants.exit_date', '>=', period.from),
              ]),
            ),
        )),
      ];
  const statusRows = await db
    .selectFrom('labour_statuses')
    .innerJoin('participants', 'participants.id', 'labour_statuses.participant_id')
    .select([
      'labour_statuses.participant_id',
      'labour_statuses.moment',
      'labour_statuses.months',
      'labour_statuses.status',
    ])
    .where('participants.team_id', '=', teamId)
    .execute();
  const rows = new Map<string, RatingTuple[]>();
  for (const f of facts) {
    const [participant, id, , , total] = f;
    if (total === null || (withdrawn.size && withdrawn.has(`${participant}/${id}`))) continue;
    const list = rows.get(participant);
    if (list) list.push(f);
    else rows.set(participant, [f]);
  }
  // In time order within each participant (cheaper here than sorting the whole read in SQL).
  const ratings = new Map<string, CohortRating[]>();
  for (const [id, list] of rows)
    ratings.set(
      id,
      list
        .sort((a, b) => (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0))
        .map(([, , instrument, occurredAt, total]) => ({
          instrument: instrument as CohortRating['instrument'],
          date: localDay(occurredAt),
          total: Number(total),
        })),
    );
  const statuses = new Map<string, CohortStatuses>();
  for (const r of statusRows) {
    const s = statuses.get(r.participant_id) ?? {};
    const status = r.status as LabourStatus;
    if (r.moment === 'intake') s.intake = status;
    else if (r.moment === 'exit') s.exit = status;
    else s.followUps = { ...s.followUps, [r.months]: status };
    statuses.set(r.participant_id, s);
  }
  const groupIds = new Map<string, string[]>();
  for (const g of groups)
    groupIds.set(g.participant_id, [...(groupIds.get(g.participant_id) ?? []), g.group_id]);

  return people.map((p) => ({
    gender: (GENDERS as readonly string[]).includes(p.gender) ? (p.gender as Gender) : 'unknown',
    birthYear: p.birth_year,
    intakeDate: p.intake_date,
    exitDate: p.exit_date,
    exitReason: (EXIT_REASONS as readonly string[]).includes(p.exit_reason ?? '')
      ? (p.exit_reason as ExitReason)
      : null,
    referrer: p.referrer,
    support: p.support,
    yearsInSupport: p.years_in_support,
    groupIds: groupIds.get(p.id) ?? [],
    ratings: ratings.get(p.id) ?? [],
    ...(statuses.has(p.id) && { statuses: statuses.get(p.id)! }),
  }));
}

export async function reportForTeam(
  store: Store,
  teamId: string,
  period: Period,
  filter: ReportFilter,
): Promise<TeamReport> {
  const [cohort, settings] = await Promise.all([
    loadCohort(store, teamId, period),
    settingsOf(store, teamId),
  ]);
  return teamReport(cohort, period, filter, settings);
}

const outputSchema = z.strictObject({
  format: z.optional(z.enum(['json', 'csv'])),
  separator: z.optional(z.enum(['comma', 'semicolon'])),
  lang: z.optional(staffLanguageSchema),
  audience: z.optional(audienceSchema),
});

/** Parses the query string of a report request with the shared schema; a 400 names each field. */
export function parseReportQuery(query: Record<string, string>) {
  const { format, separator, lang, audience, ...request } = query;
  const parsed = reportRequestSchema.safeParse(request);
  const output = outputSchema.safeParse({ format, separator, lang, audience });
  const problems = [
    ...(parsed.success ? [] : issues(parsed.error)),
    ...(output.success ? [] : issues(output.error)),
  ];
  if (!parsed.success || !output.success || parsed.data.from > parsed.data.to)
    throw new ClientError(
      400,
      'validation_failed',
      'The report needs from and to as YYYY-MM-DD (from not after to) and known filters.',
      problems.length ? problems : [{ path: 'to', message: 'before from' }],
    );
  const { from, to, ...filter } = parsed.data;
  return { period: { from, to }, filter, output: output.data };
}
