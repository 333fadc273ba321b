import { stringify } from 'csv-stringify/sync';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { INSTRUMENTS, type InstrumentId } from '../../shared/instruments';
import type { TeamExport } from '../../shared/teamExport';
import { parseTeamExport, TeamImportRefused } from './importTeam';

/**
 * The export archive (zip, fflate): `team.json`, complete and versioned, for importing
 * and for programs; and CSV files for Excel (semicolons, decimal commas, UTF-8 with BOM, as
 * Swedish Excel opens them). The CSV files are a view of the JSON; importing reads the JSON.
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

function csv(header: string[], rows: Cell[][]): Uint8Array {
  const text = stringify([header, ...rows], {
    delimiter: ';',
    cast: { number: (n) => String(n).replace('.', ','), boolean: (b) => (b ? 'ja' : 'nej') },
  });
  return strToU8(`\uFEFF${text}`);
}

function ratingRows(data: TeamExport): Cell[][] {
  const code = new Map(data.participants.map((p) => [p.id, p.code]));
  const withdrawn = new Set(
    data.facts.filter((f) => f.type === 'withdrawal').map((f) => String(f.fact.ratingId)),
  );
  return data.facts
    .filter((f) => f.type === 'rating' && f.instrument && f.instrument in INSTRUMENTS)
    .map((f) => {
      const def = INSTRUMENTS[f.instrument as InstrumentId];
      const values = (f.fact.values ?? {}) as Record<string, number>;
      const items = [0, 1, 2, 3].map((i) => (def.items[i] ? values[def.items[i].id] : null));
      return [
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
    });
}

export function teamArchive(data: TeamExport): Uint8Array {
  const code = new Map(data.participants.map((p) => [p.id, p.code]));
  const email = new Map(data.staff.map((u) => [u.id, u.email]));
  const groupName = new Map(data.groups.map((g) => [g.id, g.name]));
  return zipSync({
    // An ASCII name: older unzip tools and Windows' own ignore the zip's UTF-8 flag and garble "Ä".
    'LASMIG.txt': strToU8(README),
    'team.json': strToU8(JSON.stringify(data, null, 2)),
    csv: {
      'participants.csv': csv(
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
      'ratings.csv': csv(
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
      'intake_exit_history.csv': csv(
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
      'groups.csv': csv(
        ['group', 'participant_code'],
        data.groups.flatMap((g) => g.memberIds.map((m) => [g.name, code.get(m)])),
      ),
      'group_sessions.csv': csv(
        ['group', 'held_on', 'session_code'],
        data.groupSessions.map((s) => [groupName.get(s.groupId), s.heldOn, s.code]),
      ),
    },
  });
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
