import type { TeamExport } from '../../shared/teamExport';

const indent = (json: string, spaces: number) => json.replace(/\n/g, `\n${' '.repeat(spaces)}`);

/**
 * `team.json` — exactly `JSON.stringify(data, null, 2)` — in pieces: each element of a
 * top-level list (facts, participants, the access log …) is a piece of its own. A team of
 * thousands is then never one string of hundreds of megabytes, and the archive can be
 * compressed and sent a slice at a time while other requests are served in between.
 * (Strings in JSON hold no raw line breaks, so re-indenting at "\n" is safe.)
 */
export function* teamJsonPieces(data: TeamExport): Generator<string> {
  const entries = Object.entries(data).filter(([, value]) => value !== undefined);
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    yield `${i ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[';
      for (const [j, element] of value.entries()) {
        yield `${j ? ',' : ''}\n    ${indent(JSON.stringify(element ?? null, null, 2), 4)}`;
      }
      yield '\n  ]';
    } else {
      yield indent(JSON.stringify(value, null, 2), 2);
    }
  }
  yield '\n}';
}
