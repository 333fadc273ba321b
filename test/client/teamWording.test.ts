import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStegvisDB, type StegvisDB } from '../../src/client/storage/db';
import { getTeamWording, setDevice } from '../../src/client/storage/syncStore';
import { syncOnce } from '../../src/client/sync/engine';
import { loadLanguage, makeI18n } from '../../src/client/i18n';
import { NEUTRAL_WORDING, shownInstrument, wordingName } from '../../src/client/wording';
import { INSTRUMENTS } from '../../src/shared/instruments';
import { sampleWording } from '../builders/wording';
import {
  addParticipant,
  addStaff,
  addTeam,
  enrolDevice,
  signIn,
  startTestServer,
  type Staff,
  type TestServer,
} from '../server/testServer';

describe('shownInstrument', () => {
  beforeAll(() => loadLanguage('en'));
  const sv = sampleWording('sv', 'Teamets licens');

  const swedish = makeI18n('sv');
  const english = () => makeI18n('en');

  it('shows the neutral texts until the team has a wording in that language', () => {
    expect(shownInstrument('ors', [], swedish)).toEqual({
      def: INSTRUMENTS.ors,
      texts: swedish.instrumentTexts('ors'),
      wording: NEUTRAL_WORDING,
    });
    expect(shownInstrument('ors', [sv], english()).wording).toBe(NEUTRAL_WORDING);
    expect(shownInstrument('ors', [sv], english()).texts.title).toBe('How have you been?');
    expect(wordingName([sv], 'en')).toBe(NEUTRAL_WORDING);
  });

  it("lays the team's texts over ours for the licensed instruments only", () => {
    const ors = shownInstrument('ors', [sv], swedish);
    expect(ors.wording).toBe('Teamets licens');
    expect(ors.texts.title).toBe('Lic ORS');
    expect(ors.texts.when).toBe(swedish.instrumentTexts('ors').when);
    expect(Object.keys(ors.texts.items)).toEqual(INSTRUMENTS.ors.items.map((i) => i.id));
    expect(shownInstrument('scale', [sv], swedish).wording).toBe(NEUTRAL_WORDING);
    expect(wordingName([sv], 'sv')).toBe('Teamets licens');
  });
});

describe('the phone receives the wording with sync', () => {
  let server: TestServer;
  let admin: Staff;
  let db: StegvisDB;
  const calls: { path: string; ifNoneMatch: string | null; status: number }[] = [];

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const team = await addTeam(server, 'W');
    await addStaff(server, team, 'admin@w.example', 'admin');
    admin = await signIn(server, 'admin@w.example');
    const device = await enrolDevice(server, admin, await addParticipant(server, admin, 'W-1'));
    db = await openStegvisDB('wording-sync');
    await setDevice(
      { deviceId: device.id, token: device.token, participantCode: 'W-1', connectedAt: '' },
      db,
    );
  });
  afterAll(async () => {
    db?.close();
    await server?.close();
  });

  const sync = () =>
    syncOnce({
      baseUrl: 'http://localhost',
      database: db,
      fetch: async (url, init) => {
        const res = await server.app.request(String(url), init);
        const path = new URL(String(url)).pathname;
        const ifNoneMatch = new Headers(init?.headers).get('if-none-match');
        if (path === '/api/sync/team') calls.push({ path, ifNoneMatch, status: res.status });
        return res;
      },
    });

  it('keeps the copy, asks with its tag, and takes a new one when the admin changes it', async () => {
    expect(await sync()).toBe('done');
    expect(await getTeamWording(db)).toMatchObject({ wordings: [], licence: null });
    const wording = sampleWording('sv', 'Teamets licens');
    const res = await server.request('/api/team/wordings/sv', {
      method: 'PUT',
      headers: admin.headers,
      json: wording,
    });
    expect(res.status).toBe(200);
    await sync();
    const stored = await getTeamWording(db);
    expect(stored?.wordings).toEqual([wording]);
    await sync();
    expect(calls.map((c) => c.status)).toEqual([200, 200, 304]);
    expect(calls[2]!.ifNoneMatch).toBe(stored!.etag);
    expect((await getTeamWording(db))?.wordings).toEqual([wording]);
  });
});
