import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRatingsCsv } from '../../src/server/csv/importRatings';
import { reportForTeam } from '../../src/server/reports/cohort';
import { steeringReport } from '../../src/server/reports/outside';
import { importTeam, TeamImportRefused } from '../../src/server/teams/importTeam';
import { readTeamArchive } from '../../src/server/teams/teamArchive';
import { teamExport } from '../../src/server/teams/exportTeam';
import { hallstahammarCsv, HALLSTAHAMMAR_GOALS } from '../builders/hallstahammar';
import {
  addParticipant,
  addStaff,
  addTeam,
  DATABASES,
  enrolDevice,
  orsFact,
  signIn,
  startTestServer,
  type Staff,
  type TestServer,
} from './testServer';

/**
 * No lock-in: a team exported from one installation and imported into an empty one gives
 * the same reports, and exporting it again gives the same document.
 */
const YEAR = { from: '2019-01-01', to: '2019-12-31' };
const NOW = { from: '2026-01-01', to: '2026-12-31' };

describe.each(DATABASES)('team export and import on %s', (kind) => {
  let source: TestServer;
  let target: TestServer;
  let admin: Staff;
  let teamId: string;
  let archive: Uint8Array;
  let phoneAuth: Record<string, string>;

  beforeAll(async () => {
    source = await startTestServer(kind);
    target = await startTestServer(kind);
    teamId = await addTeam(source, 'Hallstahammar');
    await addStaff(source, teamId, 'lead@hh.example', 'admin');
    await addStaff(source, teamId, 'coach@hh.example');
    admin = await signIn(source, 'lead@hh.example');
    await importRatingsCsv(source.store, teamId, hallstahammarCsv());
    await source.request('/api/team/settings', {
      method: 'PATCH',
      headers: admin.headers,
      json: { goalExitReasons: HALLSTAHAMMAR_GOALS },
    });
    // This year: a phone's ratings with a note, a correction, a group, a session, a coach note.
    const id = await addParticipant(source, admin, 'HH-NOW', {
      intakeDate: '2026-02-01',
      referrer: 'fk',
      yearsInSupport: 5.5,
    });
    const phone = await enrolDevice(source, admin, id);
    phoneAuth = phone.auth;
    const rating = orsFact({}, new Date(Date.now() - 60_000));
    await source.request('/api/sync/push', {
      method: 'POST',
      headers: phone.auth,
      json: {
        protocol: 1,
        facts: [
          rating,
          orsFact({}, new Date(Date.now() - 30_000)),
          {
            type: 'note',
            id: crypto.randomUUID(),
            ratingId: rating.id,
            at: new Date().toISOString(),
            text: 'Bättre vecka',
            shared: true,
          },
        ],
      },
    });
    await source.request(`/api/participants/${id}`, {
      method: 'PATCH',
      headers: admin.headers,
      json: { support: 'sjukpenning' },
    });
    const group = await source.request('/api/groups', {
      method: 'POST',
      headers: admin.headers,
      json: { name: 'Torsdagsgruppen', memberIds: [id] },
    });
    const groupId = (await group.json()).group.id;
    await source.request(`/api/groups/${groupId}/sessions`, {
      method: 'POST',
      headers: admin.headers,
    });
    await source.request(`/api/participants/${id}/coach-notes`, {
      method: 'POST',
      headers: admin.headers,
      json: { sessionDate: '2026-03-01', text: 'Pratade om praktik' },
    });
    const res = await source.request('/api/team/export', { headers: admin.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="stegvis-export-/);
    archive = new Uint8Array(await res.arrayBuffer());
  }, 120_000);
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('holds team.json, a readme and CSV files Swedish Excel opens', () => {
    const files = unzipSync(archive);
    expect(
      Object.keys(files)
        .filter((f) => !f.endsWith('/'))
        .sort(),
    ).toEqual([
      'LASMIG.txt',
      'csv/group_sessions.csv',
      'csv/groups.csv',
      'csv/intake_exit_history.csv',
      'csv/participants.csv',
      'csv/ratings.csv',
      'team.json',
    ]);
    const bytes = files['csv/participants.csv']!;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for UTF-8
    const participants = strFromU8(bytes);
    expect(participants.startsWith('participant_code;')).toBe(true);
    expect(participants).toContain('HH-NOW;');
    expect(participants).toContain(';5,5;');
    const history = strFromU8(files['csv/intake_exit_history.csv']!);
    expect(history).toContain('HH-NOW;');
    expect(history).toContain(';support;;sjukpenning');
    // No password hash leaves the installation.
    expect(strFromU8(files['team.json']!)).not.toContain('scrypt$');
  });

  it('restores into an empty installation with the same reports, and exports the same again', async () => {
    const data = readTeamArchive(archive);
    await importTeam(target.store, data);
    for (const period of [YEAR, NOW]) {
      expect(await reportForTeam(target.store, teamId, period, {})).toEqual(
        await reportForTeam(source.store, teamId, period, {}),
      );
      expect(await steeringReport(target.store, teamId, period, {})).toEqual(
        await steeringReport(source.store, teamId, period, {}),
      );
    }
    const again = await teamExport(target.store, teamId, new Date(data.exportedAt));
    expect(again).toEqual(data);
    // The phone keeps working against the new installation.
    const pull = await target.request('/api/sync/pull', { headers: phoneAuth });
    expect(pull.status).toBe(200);
    expect((await pull.json()).facts).toHaveLength(3);
  });

  it('refuses an installation that has the team, and a file that is not an export', async () => {
    await expect(importTeam(target.store, readTeamArchive(archive))).rejects.toBeInstanceOf(
      TeamImportRefused,
    );
    expect(() => readTeamArchive(new TextEncoder().encode('not a zip'))).toThrow(
      'not a zip archive',
    );
  });

  it('lets only the team admin export, and logs it for every participant', async () => {
    const coach = await signIn(source, 'coach@hh.example');
    expect((await source.request('/api/team/export', { headers: coach.headers })).status).toBe(403);
    const logged = await source.store.db
      .selectFrom('access_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('action', '=', 'export')
      .executeTakeFirstOrThrow();
    const participants = await source.store.db
      .selectFrom('participants')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(logged.n)).toBe(Number(participants.n));
  });
});
