import { setImmediate as nextTurn } from 'node:timers/promises';
import { stringify } from 'csv-stringify/sync';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { INSTRUMENTS, type InstrumentId } from '../../shared/instruments';
import type { TeamExport } from '../../shared/teamExport';
import { parseTeamExport, TeamImportRefused } from './importTeam';
import { teamJsonPieces } from './teamJson';

/**
 * The export archive (zip, fflate): `team.json`, complete and versioned, for importing
 * and for programs; and CSV files for Excel (semicolons, decimal commas, UTF-8 with BOM, as
 * Swedish Excel opens them). The CSV files are a view of the JSON; importing reads the JSON.
 *
 * Written as a stream, a slice of ~256 KB at a time with a turn of the event loop between
 * slices: built whole, a team of 10,000 participants was one 240 MB string, its copy in
 * bytes and ~9 s of compression during which the server answered no phone.
 */
const README = `Stegvis – export av ett teams uppgifter

team.json   allt teamet har registrerat, i formatet stegvis-team-export version 1
            (beskrivet i src/shared/teamExport.ts). Läses in med
            npm run admin -- import-team --file <den här filen>
csv/        samma uppgifter som tabeller för Excel (semikolon, decimalkomma)

Filen innehåller hälsouppgifter om deltagarna. Förvara den som journalhandlingar och
radera den när den inte behövs längre.
`;

type Cell = string | number | boolean | null | undefined;

const CSV_OPTIONS = {
  delimiter: ';',
  cast: {
    number: (n: number) => String(n).replace('.', ','),
    boolean: (b: boolean) => (b ? 'ja' : 'nej'),
  },
};

/** A CSV file in pieces of 1,000 rows (each row stands alone, so the pieces join into one). */
function* csv(header: string[], rows: Iterable<Cell[]>): Generator<string> {
  yield `\uFEFF${stringify([header], CSV_OPTIONS)}`;
  let slice: Cell[][] = [];
  for (const row of rows) {
    slice.push(row);
    if (slice.length === 1000) {
      yield stringify(slice, CSV_OPTIONS);
      slice = [];
    }
  }
  if (slice.length) yield stringify(slice, CSV_OPTIONS);
}

function* ratingRows(data: TeamExport): Generator<Cell[]> {
  const code = new Map(data.participants.map((p) => [p.id, p.code]));
  const withdrawn = new Set(
    data.facts.filter((f) => f.type === 'withdrawal').map((f) => String(f.fact.ratingId)),
  );
  for (const f of data.facts) {
    if (f.type !== 'rating' || !f.instrument || !(f.instrument in INSTRUMENTS)) continue;
    const def = INSTRUMENTS[f.instrument as InstrumentId];
    const values = (f.fact.values ?? {}) as Record<string, number>;
    const items = [0, 1, 2, 3].map((i) => (def.items[i] ? values[def.items[i].id] : null));
    yield [
      code.get(f.participantId),
      f.instrument,
      f.occurredAt,
      ...items,
      f.total,
      f.provenance,
      f.groupSession,
      withdrawn.has(f.id),
      f.id,
    ];
  }
}

/** The archive's files in order, each as the pieces of its text (a folder: no pieces). */
function archiveFiles(data: TeamExport): [string, Iterable<string>][] {
  const code = new Map(data.participants.map((p) => [p.id, p.code]));
  const email = new Map(data.staff.map((u) => [u.id, u.email]));
  const groupName = new Map(data.groups.map((g) => [g.id, g.name]));
  return [
    // An ASCII name: older unzip tools and Windows' own ignore the zip's UTF-8 flag and garble "Ä".
    ['LASMIG.txt', [README]],
    ['team.json', teamJsonPieces(data)],
    ['csv/', []],
    [
      'csv/participants.csv',
      csv(
        [
          'participant_code',
          'display_name',
          'gender',
          'birth_year',
          'intake_date',
          'referrer',
          'support',
          'years_in_support',
          'exit_date',
          'exit_reason',
          'exit_note',
        ],
        data.participants.map((p) => [
          p.code,
          p.displayName,
          p.gender,
          p.birthYear,
          p.intakeDate,
          p.referrer,
          p.support,
          p.yearsInSupport,
          p.exitDate,
          p.exitReason,
          p.exitNote,
        ]),
      ),
    ],
    [
      'csv/ratings.csv',
      csv(
        [
          'participant_code',
          'instrument',
          'administered_at',
          'item1',
          'item2',
          'item3',
          'item4',
          'total',
          'provenance',
          'group_session',
          'withdrawn',
          'rating_id',
        ],
        ratingRows(data),
      ),
    ],
    [
      'csv/intake_exit_history.csv',
      csv(
        ['participant_code', 'changed_at', 'changed_by', 'field', 'before', 'after'],
        data.history.flatMap((h) =>
          Object.entries(h.changes).map(([field, [before, after]]) => [
            code.get(h.participantId),
            h.changedAt,
            email.get(h.userId) ?? h.userId,
            field,
            before as Cell,
            after as Cell,
          ]),
        ),
      ),
    ],
    [
      'csv/groups.csv',
      csv(
        ['group', 'participant_code'],
        data.groups.flatMap((g) => g.memberIds.map((m) => [g.name, code.get(m)])),
      ),
    ],
    [
      'csv/group_sessions.csv',
      csv(
        ['group', 'held_on', 'session_code'],
        data.groupSessions.map((s) => [groupName.get(s.groupId), s.heldOn, s.code]),
      ),
    ],
  ];
}

const SLICE = 256 * 1024;

/** The archive as it is written: zip bytes, a slice at a time, the event loop free between. */
export async function* teamArchiveChunks(data: TeamExport): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else out.push(chunk);
  });
  for (const [name, pieces] of archiveFiles(data)) {
    const file = name.endsWith('/') ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    zip.add(file);
    let slice = '';
    for (const piece of pieces) {
      slice += piece;
      if (slice.length < SLICE) continue;
      file.push(strToU8(slice));
      slice = '';
      if (failure) throw failure;
      yield* out.splice(0);
      await nextTurn();
    }
    file.push(strToU8(slice), true);
  }
  zip.end();
  if (failure) throw failure;
  yield* out.splice(0);
}

/** The whole archive in memory (the admin command line writes it to a file at once). */
export async function teamArchive(data: TeamExport): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of teamArchiveChunks(data)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Reads an export archive back: its team.json, checked against the format. */
export function readTeamArchive(bytes: Uint8Array): TeamExport {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'team.json' });
  } catch {
    throw new TeamImportRefused('The file is not a zip archive from a Stegvis export.');
  }
  const json = files['team.json'];
  if (!json) throw new TeamImportRefused('The archive has no team.json.');
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(json));
  } catch {
    throw new TeamImportRefused('team.json is not valid JSON.');
  }
  return parseTeamExport(raw);
}
