// The team's export archive over the team-report bench's team (10,000 participants): how long
// it takes, and the longest the server's event loop is held meanwhile — what a phone's push
// or a coach's page waits at most while an admin downloads the export. No goal is set in an
// issue; before the export was written as a stream, the loop was held for ~9 s.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Store } from '../../src/server/db/connect';
import { teamExport } from '../../src/server/teams/exportTeam';
import { teamArchiveChunks } from '../../src/server/teams/teamArchive';

export async function exportFigures(name: string, store: Store, team: string): Promise<void> {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const t0 = performance.now();
  const data = await teamExport(store, team, new Date());
  const read = performance.now() - t0;
  let bytes = 0;
  for await (const chunk of teamArchiveChunks(data)) bytes += chunk.length;
  const total = performance.now() - t0;
  loop.disable();
  console.log(
    `  ${name.padEnd(10)} export ${(total / 1000).toFixed(1).padStart(5)} s    (read ${(read / 1000).toFixed(1)} s, ${(bytes / 1e6).toFixed(1)} MB zip of ${data.facts.length.toLocaleString('en')} facts); longest hold of the event loop ${(loop.max / 1e6).toFixed(0)} ms`,
  );
}
