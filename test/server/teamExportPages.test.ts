import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamExport } from '../../src/server/teams/exportTeam';
import {
  addParticipant,
  addStaff,
  addTeam,
  DATABASES,
  signIn,
  startTestServer,
  type TestServer,
} from './testServer';

const FACTS = 11_000; // more than two of the export's pages of 5,000
const READS = 5_001;

/**
 * The export reads the long tables (facts, the access log) a page at a time on SQLite, in
 * one query on PostgreSQL: every row of the team once, in server order, across the page
 * boundaries, and no row of another team in the same installation, whose rows lie between
 * the team's own.
 */
describe.each(DATABASES)('team export of a long history on %s', (kind) => {
  let server: TestServer;
  let teamId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    teamId = await addTeam(server, 'Hallstahammar');
    const otherTeam = await addTeam(server, 'Köping');
    await addStaff(server, teamId, 'lead@hh.example', 'admin');
    await addStaff(server, otherTeam, 'lead@kp.example', 'admin');
    const ours = await addParticipant(server, await signIn(server, 'lead@hh.example'), 'HH-1');
    const theirs = await addParticipant(server, await signIn(server, 'lead@kp.example'), 'KP-1');
    const at = '2026-03-01T10:00:00.000Z';
    // Every third row is the other team's, so each page of ours has theirs between.
    const owner = (i: number) => (i % 3 === 2 ? theirs : ours);
    const rows = Array.from({ length: FACTS }, (_, i) => ({
      participant_id: owner(i),
      id: `fact-${i}`,
      type: 'rating',
      instrument: 'ors',
      occurred_at: at,
      total: 20,
      provenance: 'participant_device',
      body: JSON.stringify({ type: 'rating', id: `fact-${i}`, n: i }),
      device_id: null,
      received_at: at,
      group_session: null,
    }));
    const reads = Array.from({ length: READS }, (_, i) => ({
      at,
      user_id: 'u',
      participant_id: owner(i),
      action: `read-${i}`,
    }));
    for (let i = 0; i < rows.length; i += 500) {
      await server.store.db
        .insertInto('facts')
        .values(rows.slice(i, i + 500))
        .execute();
    }
    for (let i = 0; i < reads.length; i += 500) {
      await server.store.db
        .insertInto('access_log')
        .values(reads.slice(i, i + 500))
        .execute();
    }
  }, 120_000);
  afterAll(async () => server?.close());

  it('holds each of the team’s facts and reads once, in server order, and none of the other team’s', async () => {
    const data = await teamExport(server.store, teamId, new Date());
    const ourFacts = Array.from({ length: FACTS }, (_, i) => i).filter((i) => i % 3 !== 2);
    expect(data.facts.map((f) => f.id)).toEqual(ourFacts.map((i) => `fact-${i}`));
    const last = ourFacts.at(-1)!;
    expect(data.facts.at(-1)?.fact).toEqual({ type: 'rating', id: `fact-${last}`, n: last });
    const ourReads = Array.from({ length: READS }, (_, i) => i).filter((i) => i % 3 !== 2);
    expect(data.accessLog.map((a) => a.action)).toEqual(ourReads.map((i) => `read-${i}`));
  });
});
