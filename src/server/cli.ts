import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from './config';
import { openStore, type Store } from './db/connect';
import { CsvImportError, importRatingsCsv } from './csv/importRatings';
import { newAccountSchema } from '../shared/staff';
import {
  createOrganisation,
  createTeam,
  createUser,
  identitySchema,
  IdentityTakenError,
  linkIdentity,
  teamNameSchema,
  WeakPasswordError,
  WrongKindError,
} from './teams/accounts';
import { reportCsv } from './reports/csv';
import { ClientError } from './http/errors';
import { parseReportQuery } from './reports/cohort';
import { reportWithPrevious } from './reports/previous';
import { reportText } from './reports/text';
import { normaliseIdentity } from './auth/oidc';
import { restoreBackup, RestoreRefused, writeBackup } from './db/backup';
import { need, readStdin, requireTeam, UsageError, type Output } from './cli/usage';
import { teamDataCommand, TEAM_DATA_USAGE } from './cli/teamData';

/**
 * Admin commands on whichever database DATA_DIR / DATABASE_URL selects:
 *   npm run admin -- create-team --name NAME
 *   npm run admin -- create-user --team ID --email E --role admin|coach   (password on stdin)
 *   npm run admin -- link-identity --email E --identity VALUE
 *   npm run admin -- import-csv --team ID --file F
 *   npm run admin -- backup --to FILE
 *   npm run admin -- restore --from FILE --data-dir DIR | --database-url URL
 *   npm run admin -- report --team ID --from YYYY-MM-DD --to YYYY-MM-DD [--audience steering] [--json | --csv]
 * Plain text by default, --json for programs; a clear message and non-zero exit on error.
 */

const USAGE = `Usage: npm run admin -- <command> [options] [--json]
  create-team --name NAME
  create-user --team ID --email EMAIL --role admin|coach   (password on standard input)
  create-organisation --name NAME --teams ID,ID,...        (a Samordningsförbund)
  create-user --team ORGANISATION_ID --email EMAIL --role organisation
  link-identity --email EMAIL --identity VALUE   (single sign-on: the OIDC_CLAIM value; "" unlinks)
  import-csv  --team ID --file FILE [--dry-run]   (every problem at once; --dry-run stores nothing)
  backup      --to FILE
  restore     --from FILE (--data-dir EMPTY_DIR | --database-url postgres://…/EMPTY_DB)
              restores a backup into an empty place, checks it and counts what it holds
  report      --team ID --from YYYY-MM-DD --to YYYY-MM-DD
              [--audience team|steering] [--gender G] [--age-band 25-34] [--referrer R] [--group ID]
              [--csv [--separator semicolon] [--lang en]]
              steering: only what may leave the team (a reporting year or half, no selections)
${TEAM_DATA_USAGE}`;

/** The CLI's flag names → the report request's field names, for the flags given. */
function pick(opts: Record<string, string | undefined>, names: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(names).flatMap(([flag, field]) => (opts[flag] ? [[field, opts[flag]!]] : [])),
  );
}

/** The `report` command's report: the team's own, or what may go to its steering group. */
async function teamReportFor(
  store: Store,
  teamId: string,
  opts: Record<string, string | undefined>,
) {
  const { period, filter, output } = parseReportQuery({
    from: need(opts.from, 'from'),
    to: need(opts.to, 'to'),
    ...pick(opts, {
      audience: 'audience',
      gender: 'gender',
      'age-band': 'ageBand',
      referrer: 'referrer',
      group: 'groupId',
    }),
  });
  if (output.audience === 'organisation')
    throw new UsageError('--audience is team or steering for a team.');
  return reportWithPrevious(store, teamId, output.audience ?? 'team', period, filter);
}

async function run(
  store: Store,
  command: string,
  opts: Record<string, string | undefined>,
): Promise<Output> {
  switch (command) {
    case 'create-team': {
      const name = teamNameSchema.safeParse(need(opts.name, 'name'));
      if (!name.success) throw new UsageError('The team name must be 1–120 characters.');
      const id = await createTeam(store, name.data);
      return { text: id, json: { id, name: name.data } };
    }
    case 'create-user': {
      const teamId = await requireTeam(store, need(opts.team, 'team'));
      const input = newAccountSchema.safeParse({
        email: need(opts.email, 'email'),
        role: need(opts.role, 'role'),
        password: await readStdin(),
      });
      if (!input.success)
        throw new UsageError(
          input.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('\n'),
        );
      let id: string;
      try {
        id = await createUser(store, teamId, input.data);
      } catch (error) {
        if (error instanceof WrongKindError || error instanceof WeakPasswordError)
          throw new UsageError(error.message);
        throw error;
      }
      return {
        text: `Created ${input.data.role} ${input.data.email} (${id})`,
        json: { id, email: input.data.email, role: input.data.role, teamId },
      };
    }
    case 'link-identity': {
      const email = need(opts.email, 'email');
      if (opts.identity === undefined) throw new UsageError('Missing --identity.');
      const identity = opts.identity.trim() ? identitySchema.safeParse(opts.identity) : null;
      if (identity && !identity.success)
        throw new UsageError('The identity must be 1–256 characters of plain text.');
      const value = identity
        ? normaliseIdentity(process.env.OIDC_CLAIM || 'email', identity.data)
        : null;
      try {
        const id = await linkIdentity(store, email, value);
        return {
          text: value ? `Linked ${email} to ${value}` : `Unlinked ${email}`,
          json: { id, email, identity: value },
        };
      } catch (error) {
        if (error instanceof IdentityTakenError) throw new UsageError(error.message);
        throw error;
      }
    }
    case 'import-csv': {
      const teamId = await requireTeam(store, need(opts.team, 'team'));
      const file = need(opts.file, 'file');
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new Error(`Cannot read ${file}.`);
      }
      const s = await importRatingsCsv(store, teamId, text, new Date(), {
        dryRun: opts['dry-run'] !== undefined,
      });
      const warnings = s.warnings.map((w) => `\nWarning: line ${w.line}: ${w.message}`).join('');
      return {
        text: `${opts['dry-run'] !== undefined ? 'Checked (nothing stored)' : 'Imported'} ${file}: ${s.participantsCreated} participants created, ${s.participantsUpdated} updated, ${s.ratingsAdded} ratings added, ${s.ratingsAlreadyPresent} already present.${warnings}`,
        json: s,
      };
    }
    case 'backup': {
      const to = need(opts.to, 'to');
      await writeBackup(store, to, process.env.DATABASE_URL);
      return { text: `Backup written to ${to}`, json: { file: to, database: store.dialect } };
    }
    case 'create-organisation': {
      const name = teamNameSchema.safeParse(need(opts.name, 'name'));
      if (!name.success) throw new UsageError('The name must be 1–120 characters.');
      const teams = need(opts.teams, 'teams')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      for (const t of teams) await requireTeam(store, t);
      const id = await createOrganisation(store, name.data, teams);
      return { text: id, json: { id, name: name.data, teams } };
    }
    case 'report': {
      const teamId = await requireTeam(store, need(opts.team, 'team'));
      const report = await teamReportFor(store, teamId, opts).catch((error: unknown) => {
        // A wrong flag value is the user's mistake: say which, as a usage error.
        if (!(error instanceof ClientError)) throw error;
        throw new UsageError(
          [
            error.message,
            ...((error.details as { path: string; message: string }[] | undefined) ?? []).map(
              (d) => `${d.path}: ${d.message}`,
            ),
          ].join('\n'),
        );
      });
      if (opts.csv)
        return {
          text: reportCsv(
            report,
            opts.separator === 'semicolon' ? 'semicolon' : 'comma',
            opts.lang === 'en' ? 'en' : 'sv',
          ),
          json: report,
        };
      return { text: reportText(report), json: report };
    }
    default: {
      const done = await teamDataCommand(store, command, opts);
      if (done) return done;
      throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
    }
  }
}

async function restore(opts: Record<string, string | undefined>): Promise<Output> {
  const from = need(opts.from, 'from');
  const dataDir = opts['data-dir'];
  const databaseUrl = opts['database-url'];
  if (!dataDir === !databaseUrl) throw new UsageError('Give --data-dir or --database-url.');
  const s = await restoreBackup(from, dataDir ? { dataDir } : { databaseUrl: databaseUrl! });
  return {
    text: `Restored ${from} and checked it: ${s.teams} teams, ${s.staff} staff accounts, ${s.participants} participants, ${s.facts} ratings and notes.`,
    json: s,
  };
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        teams: { type: 'string' },
        team: { type: 'string' },
        email: { type: 'string' },
        identity: { type: 'string' },
        code: { type: 'string' },
        decision: { type: 'string' },
        user: { type: 'string' },
        participant: { type: 'string' },
        sample: { type: 'string' },
        role: { type: 'string' },
        file: { type: 'string' },
        to: { type: 'string' },
        'data-dir': { type: 'string' },
        'database-url': { type: 'string' },
        from: { type: 'string' },
        audience: { type: 'string' },
        gender: { type: 'string' },
        'age-band': { type: 'string' },
        referrer: { type: 'string' },
        group: { type: 'string' },
        csv: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        separator: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const json = values.json ?? false;
  let store: Store | null = null;
  try {
    const opts = values as Record<string, string | undefined>;
    // A restore goes into a new, empty place, never into the configured database.
    const out =
      positionals[0] === 'restore'
        ? await restore(opts)
        : await run((store = await openStore(loadConfig())), positionals[0] ?? '', opts);
    console.log(json ? JSON.stringify(out.json) : out.text);
    return 0;
  } catch (error) {
    const problems = error instanceof CsvImportError ? error.problems : undefined;
    const message = error instanceof Error ? error.message : String(error);
    if (json) console.error(JSON.stringify({ error: { message, problems } }));
    else
      console.error(error instanceof UsageError ? `${message}\n\n${USAGE}` : `Error: ${message}`);
    return error instanceof UsageError || error instanceof RestoreRefused ? 2 : 1;
  } finally {
    await store?.close();
  }
}

process.exitCode = await main();
