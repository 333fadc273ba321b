import { readFileSync, writeFileSync } from 'node:fs';
import type { Store } from '../db/connect';
import { hashPassword } from '../auth/passwords';
import { passwordProblem } from '../auth/passwordPolicy';
import { teamExport } from '../teams/exportTeam';
import { importTeam, TeamImportRefused } from '../teams/importTeam';
import { readTeamArchive, teamArchive } from '../teams/teamArchive';
import { logTeamRead } from '../teams/accessLog';
import { participantExtract } from '../teams/participantExtract';
import { dueForErasure, eraseParticipant, ErasureRefused } from '../teams/erasure';
import { accessLog, accessLogCsv } from '../teams/accessReview';
import { accessLogQuerySchema } from '../../shared/staff';
import { need, readStdin, requireTeam, UsageError, type Output } from './usage';

/** The team's own data, whole: export, import into another installation, and passwords after. */
export const TEAM_DATA_USAGE = `  export-team --team ID --to FILE.zip     everything the team recorded: team.json and CSV for Excel
  import-team --file FILE.zip             into an installation that does not have the team
  set-password --email EMAIL              (password on standard input; e.g. after import-team)
  erasure-due --team ID                   participants whose retention time after exit has run out
  erase-participant --team ID --code CODE --decision REF
                                          erases an exited participant's data on a recorded decision
  participant-extract --team ID --code CODE --to FILE.json
                                          all that is held about one participant, for them (GDPR art. 15)
  access-log --team ID [--from D] [--to D] [--user EMAIL] [--participant CODE] [--sample N] [--csv]
                                          who read whose data, for the log review`;

export async function teamDataCommand(
  store: Store,
  command: string,
  opts: Record<string, string | undefined>,
): Promise<Output | null> {
  switch (command) {
    case 'export-team': {
      const teamId = await requireTeam(store, need(opts.team, 'team'));
      const to = need(opts.to, 'to');
      const data = await teamExport(store, teamId, new Date());
      writeFileSync(to, await teamArchive(data), { mode: 0o600 });
      await logTeamRead(
        store,
        'cli',
        data.participants.map((p) => p.id),
        'export',
        new Date(),
      );
      return {
        text: `Exported ${data.team.name} to ${to}: ${data.participants.length} participants, ${data.facts.length} ratings and notes, ${data.staff.length} staff accounts.`,
        json: {
          file: to,
          team: data.team,
          participants: data.participants.length,
          facts: data.facts.length,
        },
      };
    }
    case 'import-team': {
      const file = need(opts.file, 'file');
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch {
        throw new Error(`Cannot read ${file}.`);
      }
      try {
        const data = readTeamArchive(bytes);
        await importTeam(store, data);
        return {
          text: `Imported ${data.team.name} (${data.team.id}): ${data.participants.length} participants, ${data.facts.length} ratings and notes. Staff have no password yet: set-password, or e-ID where linked.`,
          json: {
            team: data.team,
            participants: data.participants.length,
            facts: data.facts.length,
          },
        };
      } catch (error) {
        if (error instanceof TeamImportRefused) throw new UsageError(error.message);
        throw error;
      }
    }
    case 'set-password': {
      const email = need(opts.email, 'email').trim().toLowerCase();
      const user = await store.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirst();
      if (!user) throw new Error(`No account with the e-mail ${email}.`);
      const password = await readStdin();
      const weak = await passwordProblem(password, [email]);
      if (weak) throw new UsageError(weak);
      await store.db
        .updateTable('users')
        .set({ password_hash: await hashPassword(password) })
        .where('id', '=', user.id)
        .execute();
      // A new password ends the sessions made with the old one.
      await store.db.deleteFrom('staff_sessions').where('user_id', '=', user.id).execute();
      return { text: `Password set for ${email}`, json: { id: user.id, email } };
    }
    case 'erasure-due': {
      const teamId = await requireTeam(store, need(opts.team, 'team'));
      const due = await dueForErasure(store, teamId, new Date().toISOString().slice(0, 10));
      return {
        text: due.length
          ? due.map((d) => `${d.code}\texit ${d.exitDate}\tdue ${d.dueOn}`).join('\n')
          : 'Nobody is due for erasure.',
        json: due,
      };
    }
    case 'erase-participant': {
      const teamId = await requireTeam(store, need(opts.team, 'team'));
      const code = need(opts.code, 'code');
      const decision = need(opts.decision, 'decision').trim();
      if (decision.length < 2) throw new UsageError('--decision needs the decision reference.');
      try {
        const e = await eraseParticipant(store, teamId, code, decision, 'cli', new Date());
        const counts = Object.entries(e.removed)
          .map(([table, n]) => `${n} ${table}`)
          .join(', ');
        return { text: `Erased ${code} on decision ${decision}: ${counts}.`, json: e };
      } catch (error) {
        if (error instanceof ErasureRefused) throw new UsageError(error.message);
        throw error;
      }
    }
    case 'participant-extract': {
      const teamId = await requireTeam(store, need(opts.team, 'team'));
      const code = need(opts.code, 'code');
      const to = need(opts.to, 'to');
      const p = await store.db
        .selectFrom('participants')
        .select('id')
        .where('team_id', '=', teamId)
        .where('code', '=', code)
        .executeTakeFirst();
      if (!p) throw new Error(`No participant ${code} in this team.`);
      await logTeamRead(store, 'cli', [p.id], 'extract', new Date());
      const extract = await participantExtract(store, p.id, new Date());
      writeFileSync(to, JSON.stringify(extract, null, 2), { mode: 0o600 });
      return {
        text: `Wrote the extract for ${code} to ${to}: ${extract.ratings.length} ratings, ${extract.accessLog.length} reads in the access log.`,
        json: { file: to, code, ratings: extract.ratings.length },
      };
    }
    case 'access-log': {
      const teamId = await requireTeam(store, need(opts.team, 'team'));
      const q = accessLogQuerySchema.safeParse({
        ...Object.fromEntries(
          (['from', 'to', 'user', 'participant', 'sample'] as const).flatMap((k) =>
            opts[k] ? [[k, opts[k]]] : [],
          ),
        ),
      });
      if (!q.success)
        throw new UsageError(
          q.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n'),
        );
      if (opts.csv) {
        const text = await accessLogCsv(store, teamId, q.data);
        return { text: text.trimEnd(), json: text };
      }
      const log = await accessLog(store, teamId, q.data);
      return {
        text: [
          `${log.total} entries${log.sampled ? `, ${log.entries.length} drawn at random` : ''}`,
          ...log.entries.map(
            (e) => `${e.at}\t${e.by}\t${e.participant ?? '(erased)'}\t${e.action}`,
          ),
        ].join('\n'),
        json: log,
      };
    }
    default:
      return null;
  }
}
