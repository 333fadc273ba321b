import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRating } from '../../src/client/newFacts';
import { openStegvisDB, type StegvisDB } from '../../src/client/storage/db';
import {
  clearTablet,
  getTablet,
  saveTabletFact,
  setTablet,
  tabletOutbox,
  UnsentRatingsError,
  type TabletCredential,
} from '../../src/client/storage/tabletStore';
import { syncTabletOnce } from '../../src/client/sync/tablet';
import { findMember, memberCodeHash as browserHash } from '../../src/client/ui/tablet/MemberCode';
import { memberCodeHash } from '../../src/server/http/tablets';
import { INSTRUMENTS } from '../../src/shared/instruments';
import {
  addParticipant,
  addStaff,
  addTeam,
  signIn,
  startTestServer,
  type TestServer,
} from '../server/testServer';

const SALT = 'tablet-1';
const members = [
  { id: 'a', codeHash: memberCodeHash('AV-1', SALT) },
  { id: 'b', codeHash: memberCodeHash('AV-2', SALT) },
];

describe('findMember', () => {
  it.each([
    ['AV-1', 'a'],
    [' av-2 ', 'b'],
    ['AV-3', undefined],
    ['', undefined],
    ['AV', undefined],
  ])('%j → %s', async (typed, id) => expect((await findMember(members, SALT, typed))?.id).toBe(id));

  it('hashes a typed code as the server hashes each member code, and holds no code', async () => {
    expect(await browserHash('av-1 ', SALT)).toBe(memberCodeHash('AV-1', SALT));
    expect(JSON.stringify(members)).not.toMatch(/AV-/);
  });
});

describe('a shared tablet against the real server', () => {
  let server: TestServer;
  let db: StegvisDB;
  let member: string;
  let outsider: string;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const team = await addTeam(server, 'T');
    await addStaff(server, team, 'coach@t.example');
    const coach = await signIn(server, 'coach@t.example');
    member = await addParticipant(server, coach, 'T-1');
    outsider = await addParticipant(server, coach, 'T-2');
    const { group } = await (
      await server.request('/api/groups', {
        method: 'POST',
        headers: coach.headers,
        json: { name: 'G', memberIds: [member] },
      })
    ).json();
    const grant = (await (
      await server.request(`/api/groups/${group.id}/tablet`, {
        method: 'POST',
        headers: coach.headers,
      })
    ).json()) as TabletCredential;
    db = await openStegvisDB('tablet-test');
    await setTablet(grant, db);
  });
  afterAll(async () => {
    db?.close();
    await server?.close();
  });

  const deps = () => ({
    baseUrl: 'http://localhost',
    database: db,
    fetch: (url: RequestInfo | URL, init?: RequestInit) =>
      Promise.resolve(server.app.request(String(url), init)),
  });
  const ors = () =>
    newRating({
      def: INSTRUMENTS.ors,
      wording: 'neutral',
      values: { individual: 5, interpersonal: 5, social: 5, overall: 5 },
      provenance: 'shared_tablet',
    });

  it('refuses to end while a rating waits, sends it, and keeps only what the server refused', async () => {
    await saveTabletFact(member, ors(), db);
    await saveTabletFact(outsider, ors(), db);
    await expect(clearTablet(db)).rejects.toBeInstanceOf(UnsentRatingsError);
    expect(await syncTabletOnce(deps())).toBe('done');
    const left = await tabletOutbox(db);
    expect(left.map((e) => [e.participantId, !!e.rejected])).toEqual([[outsider, true]]);
    expect(await db.count('facts')).toBe(0);
    await clearTablet(db);
    expect(await tabletOutbox(db)).toEqual([]);
    expect(await getTablet(db)).toBeUndefined();
  });
});
