import { randomUUID } from 'node:crypto';
import type { Store } from '../db/connect';
import { factRow } from '../sync/ingest';
import { parseRatingsCsv, type CsvProblem } from './ratingsCsv';
import { csvProblem } from '../../shared/csvProblems';
import { localDay } from '../../domain/localDay';

export interface ImportSummary {
  participantsCreated: number;
  participantsUpdated: number;
  ratingsAdded: number;
  ratingsAlreadyPresent: number;
  /** Lines that import but are worth a look (a rating before intake). */
  warnings: CsvProblem[];
}

/** Rolls the dry run's transaction back, carrying what it would have done. */
class DryRun extends Error {
  constructor(readonly summary: ImportSummary) {
    super('dry run');
  }
}

export class CsvImportError extends Error {
  constructor(readonly problems: CsvProblem[]) {
    super(
      problems
        .map((p) => `line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}`)
        .join('\n'),
    );
  }
}

/**
 * Imports a ratings CSV for one team in ONE transaction: all of it or nothing. Participants
 * already stored must agree with the file; an exit recorded in the file is added.
 */
export async function importRatingsCsv(
  store: Store,
  teamId: string,
  text: string,
  now = new Date(),
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<ImportSummary> {
  const parsed = parseRatingsCsv(text, teamId, localDay(now.toISOString()));
  const { participants, ratings, warnings } = parsed.plan;
  const receivedAt = now.toISOString();

  try {
    return await store.db.transaction().execute(async (trx) => {
      const summary: ImportSummary = {
        participantsCreated: 0,
        participantsUpdated: 0,
        ratingsAdded: 0,
        ratingsAlreadyPresent: 0,
        warnings,
      };
      const ids = new Map<string, string>();
      // A file whose every line is wrong names no participant (and `in ()` is no SQL).
      const stored = participants.size
        ? await trx
            .selectFrom('participants')
            .selectAll()
            .where('team_id', '=', teamId)
            .where('code', 'in', [...participants.keys()])
            .execute()
        : [];
      const byCode = new Map(stored.map((p) => [p.code, p]));
      // The file's own problems and its clashes with what is stored, all in one answer: never
      // a second run that finds what the first did not say.
      const problems: CsvProblem[] = [...(parsed.problems ?? [])];
      for (const p of participants.values()) {
        const existing = byCode.get(p.code);
        if (!existing) {
          const id = randomUUID();
          await trx
            .insertInto('participants')
            .values({
              id,
              team_id: teamId,
              code: p.code,
              display_name: null,
              gender: p.gender,
              birth_year: p.birthYear,
              intake_date: p.intakeDate,
              exit_date: p.exitDate,
              exit_reason: p.exitReason,
              referrer: p.referrer,
              support: p.support,
              years_in_support: p.yearsInSupport,
              created_at: receivedAt,
            })
            .execute();
          ids.set(p.code, id);
          summary.participantsCreated++;
          continue;
        }
        ids.set(p.code, existing.id);
        const differs =
          existing.gender !== p.gender
            ? 'gender'
            : existing.birth_year !== p.birthYear
              ? 'birth_year'
              : existing.intake_date !== p.intakeDate
                ? 'intake_date'
                : null;
        // Intake facts the file adds to a participant are filled in; ones it contradicts are not.
        const fill: Record<string, string | number> = {};
        for (const [column, given, storedValue] of [
          ['referrer', p.referrer, existing.referrer],
          ['support', p.support, existing.support],
          ['years_in_support', p.yearsInSupport, existing.years_in_support],
        ] as const) {
          if (given === null || given === storedValue) continue;
          if (storedValue === null) fill[column] = given;
          else problems.push(csvProblem(p.line, column, 'differs_stored', { code: p.code }));
        }
        if (Object.keys(fill).length) {
          await trx.updateTable('participants').set(fill).where('id', '=', existing.id).execute();
          summary.participantsUpdated++;
        }
        if (differs) problems.push(csvProblem(p.line, differs, 'differs_stored', { code: p.code }));
        else if (p.exitDate && !existing.exit_date) {
          await trx
            .updateTable('participants')
            .set({ exit_date: p.exitDate, exit_reason: p.exitReason })
            .where('id', '=', existing.id)
            .execute();
          // One participant counts once, however many of their facts the file filled in.
          if (!Object.keys(fill).length) summary.participantsUpdated++;
        } else if (
          existing.exit_date &&
          (existing.exit_date !== p.exitDate || existing.exit_reason !== p.exitReason)
        )
          problems.push(csvProblem(p.line, 'exit_date', 'exit_differs_stored', { code: p.code }));
      }
      // Thrown inside the transaction, so nothing above is kept.
      if (problems.length) throw new CsvImportError(problems.sort((a, b) => a.line - b.line));

      for (let i = 0; i < ratings.length; i += 200) {
        const rows = ratings
          .slice(i, i + 200)
          .map((r) =>
            factRow(
              r.fact,
              { participantId: ids.get(r.participantCode)!, deviceId: null, provenances: [] },
              receivedAt,
            ),
          );
        const added = await trx
          .insertInto('facts')
          .values(rows)
          .onConflict((oc) => oc.columns(['participant_id', 'id']).doNothing())
          .returning('id')
          .execute();
        summary.ratingsAdded += added.length;
        summary.ratingsAlreadyPresent += rows.length - added.length;
      }
      if (dryRun) throw new DryRun(summary);
      return summary;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.summary;
    throw error;
  }
}
