import { readFileSync, writeFileSync } from 'node:fs';
import type { Store } from '../db/connect';
import { hashPassword } from '../auth/passwords';
import { passwordProblem } from '../auth/passwordPolicy';
import { teamExists } from '../teams/accounts';
import { teamExport } from '../teams/exportTeam';
import { importTeam, TeamImportRefused } from '../teams/importTeam';
import { readTeamArchive, teamArchive } from '../teams/teamArchive';
import { logTeamRead } from '../teams/accessLog';
import { need, readStdin, UsageError, type Output } from './usage';

/** The team's own data, whole: export, import into another installation, and passwords after. */
export const TEAM_DATA_USAGE = `  export-team --team ID --to FILE.zip     everything the team recorded: team.json and CSV for Excel
  import-team --file FILE.zip             into an installation that does not have the team
  set-password --email EMAIL              (password on standard input; e.g. after import-team)`;

async function requireTeam(store: Store, id: string): Promise<string> {
  if (!(await teamExists(store, id))) throw new Error(`No team with id ${id}.`);
  return id;
}

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
      writeFileSync(to, teamArchive(data), { mode: 0o600 });
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
      const weak = passwordProblem(password, [email]);
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
    default:
      return null;
  }
}
