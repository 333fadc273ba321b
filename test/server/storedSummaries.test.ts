import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRatingsCsv } from '../../src/server/csv/importRatings';
import { summariesFor } from '../../src/server/teams/summaries';
import { settingsOf } from '../../src/server/teams/settings';
import {
  addParticipant,
  addStaff,
  addTeam,
  DATABASES,
  enrolDevice,
  orsFact,
  signIn,
  type Staff,
  type TestServer,
  startTestServer,
} from './testServer';

/**
 * The coach list's stored summaries always equal the ones computed from the facts, whatever
 * happens between two loads: ratings, withdrawals, alerts talked about, new thresholds, an
 * exit that changes the team's course, a new year that changes a participant's ORS cutoff.
 */
const HISTORY = [
  'participant_code,gender,birth_year,intake_date,exit_date,exit_reason,instrument,administered_on,item1,item2,item3,item4,total',
];
// Twenty past participants starting at 16 (one band), so the team's course is drawn.
for (let p = 0; p < 20; p++)
  for (let s = 0; s < 4; s++) {
    const v = 4 + ((s * (p % 5)) % 6) / 2;
    HISTORY.push(
      `OLD-${p},man,1980,2025-01-10,2025-06-30,work,ors,2025-0${s + 2}-10,${v},${v},${v},${v},`,
    );
  }

type Op =
  | { kind: 'rate'; who: number; instrument: 'ors' | 'srs'; item: number }
  | { kind: 'withdraw'; who: number; pick: number }
  | { kind: 'acknowledge'; who: number }
  | { kind: 'thresholds'; srsDropPoints: number; orsDropPoints: number }
  | { kind: 'exit'; who: number }
  | { kind: 'togglePast' }
  | { kind: 'newYear' };

const who = fc.integer({ min: 0, max: 1 });
// Four equal ORS items: totals 16–19 (the band the past participants' course is drawn for),
// 26–27 (between the adult and youth cutoffs) and 36.
const ITEM = fc.constantFrom(40, 42, 45, 48, 65, 68, 90);
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('rate' as const),
      who,
      instrument: fc.constantFrom('ors' as const, 'srs' as const),
      item: ITEM,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('withdraw' as const), who, pick: fc.nat() }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('acknowledge' as const), who }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('thresholds' as const),
      srsDropPoints: fc.integer({ min: 1, max: 6 }),
      orsDropPoints: fc.integer({ min: 1, max: 8 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('exit' as const), who }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'newYear' as const }) },
  // A past participant's exit undone or made again: the course's band falls below twenty
  // people (no course) or is drawn again.
  { weight: 1, arbitrary: fc.constant({ kind: 'togglePast' as const }) },
);

describe.each(DATABASES)('stored summaries on %s', (kind) => {
  let server: TestServer;
  let team: string;
  let admin: Staff;
  let past: string;
  let pastExited = true;

  // One team for every run, its past participants loaded once: each run adds its own two.
  beforeAll(async () => {
    server = await startTestServer(kind);
    server.clock.now = new Date('2026-11-20T12:00:00Z');
    team = await addTeam(server, 'T');
    await addStaff(server, team, 'admin@example.org', 'admin');
    admin = await signIn(server, 'admin@example.org');
    await importRatingsCsv(server.store, team, HISTORY.join('\n') + '\n', server.clock.now);
    past = (
      await server.store.db
        .selectFrom('participants')
        .select('id')
        .where('code', '=', 'OLD-0')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => server?.close());

  it('follow the team’s course: a past exit undone takes the course and its signal away', async () => {
    const id = await addParticipant(server, admin, 'COURSE-1');
    const phone = (await enrolDevice(server, admin, id)).auth;
    const ors = (total: number, d: number) => {
      const v = total / 4;
      return orsFact(
        { values: { individual: v, interpersonal: v, social: v, overall: v } },
        new Date(Date.UTC(2026, 8, d, 10)),
      );
    };
    await server.request('/api/sync/push', {
      method: 'POST',
      headers: phone,
      json: { protocol: 1, facts: [ors(16, 1), ors(16, 8)] },
    });
    const signals = async () => {
      const res = await server.request('/api/participants', { headers: admin.headers });
      const row = (
        (await res.json()).participants as { id: string; summary: { alerts: { id: string }[] } }[]
      ).find((p) => p.id === id)!;
      return row.summary.alerts.map((a) => a.id);
    };
    // Past participants who started at 16 had gained 2 points by their second session.
    expect(await signals()).toContain('belowCourse');
    const patch = (json: unknown) =>
      server.request(`/api/participants/${past}`, {
        method: 'PATCH',
        headers: admin.headers,
        json,
      });
    expect((await patch({ exitDate: null, exitReason: null })).status).toBe(200);
    expect(await signals()).not.toContain('belowCourse');
    expect((await patch({ exitDate: '2025-06-30', exitReason: 'work' })).status).toBe(200);
    expect(await signals()).toContain('belowCourse');
    await server.request(`/api/participants/${id}`, {
      method: 'PATCH',
      headers: admin.headers,
      json: { exitDate: '2026-11-01', exitReason: 'work' },
    });
  });

  it('always equal the summaries computed from the facts', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 24 }), async (ops) => {
        run++;
        if (server.clock.now.getUTCFullYear() > 2026) {
          server.clock.now = new Date('2026-11-20T12:00:00Z');
          admin = await signIn(server, 'admin@example.org');
        }
        await server.request('/api/team/settings', {
          method: 'PATCH',
          headers: admin.headers,
          json: { srsDropPoints: 3, orsDropPoints: 5 },
        });
        // One turns 18 at the new year: the adult ORS cutoff replaces the youth one.
        const people = await Promise.all(
          [2009, 1990].map(async (birthYear, i) => {
            const id = await addParticipant(server, admin, `P${run}-${i}`, { birthYear });
            return {
              id,
              phone: (await enrolDevice(server, admin, id)).auth,
              ratings: [] as string[],
            };
          }),
        );
        let day = 0;
        const compare = async () => {
          const res = await server.request('/api/participants', { headers: admin.headers });
          const listed = new Map(
            ((await res.json()).participants as { id: string; summary: unknown }[]).map((p) => [
              p.id,
              p.summary,
            ]),
          );
          const rows = await server.store.db
            .selectFrom('participants')
            .select(['id', 'birth_year'])
            .where('team_id', '=', team)
            .execute();
          const computed = await summariesFor(
            server.store,
            rows,
            server.clock.now,
            await settingsOf(server.store, team),
            team,
          );
          for (const row of rows) expect(listed.get(row.id)).toEqual(computed.get(row.id));
        };
        await compare();
        for (const o of ops) {
          if (o.kind === 'rate' || o.kind === 'withdraw') {
            const p = people[o.who]!;
            const at = new Date(Date.UTC(2026, 9, 1 + day++, 10));
            const fact =
              o.kind === 'rate'
                ? orsFact(
                    o.instrument === 'srs'
                      ? {
                          instrument: 'srs',
                          values: { relationship: 9, goals: 9, approach: o.item / 10, overall: 9 },
                        }
                      : {
                          values: {
                            individual: o.item / 10,
                            interpersonal: o.item / 10,
                            social: o.item / 10,
                            overall: o.item / 10,
                          },
                        },
                    at,
                  )
                : p.ratings.length
                  ? {
                      type: 'withdrawal',
                      id: crypto.randomUUID(),
                      ratingId: p.ratings[o.pick % p.ratings.length],
                      at: at.toISOString(),
                    }
                  : null;
            if (!fact) continue;
            const res = await server.request('/api/sync/push', {
              method: 'POST',
              headers: p.phone,
              json: { protocol: 1, facts: [fact] },
            });
            if (res.status === 200 && fact.type === 'rating') p.ratings.push(fact.id);
          } else if (o.kind === 'acknowledge') {
            const res = await server.request('/api/participants', { headers: admin.headers });
            const row = (
              (await res.json()).participants as {
                id: string;
                summary?: { alerts: { id: string; ratingId: string }[] };
              }[]
            ).find((p) => p.id === people[o.who]!.id);
            const alert = row?.summary?.alerts[0];
            if (alert)
              await server.request(`/api/participants/${people[o.who]!.id}/acknowledgements`, {
                method: 'POST',
                headers: admin.headers,
                json: { alertId: alert.id, ratingId: alert.ratingId, note: 'Pratat om det.' },
              });
          } else if (o.kind === 'thresholds') {
            await server.request('/api/team/settings', {
              method: 'PATCH',
              headers: admin.headers,
              json: { srsDropPoints: o.srsDropPoints, orsDropPoints: o.orsDropPoints },
            });
          } else if (o.kind === 'exit') {
            await server.request(`/api/participants/${people[o.who]!.id}`, {
              method: 'PATCH',
              headers: admin.headers,
              json: { exitDate: '2026-11-01', exitReason: 'work' },
            });
          } else if (o.kind === 'togglePast') {
            pastExited = !pastExited;
            await server.request(`/api/participants/${past}`, {
              method: 'PATCH',
              headers: admin.headers,
              json: pastExited
                ? { exitDate: '2025-06-30', exitReason: 'work' }
                : { exitDate: null, exitReason: null },
            });
          } else {
            server.clock.now = new Date('2027-01-04T12:00:00Z');
            // Sessions do not outlive the jump: sign in again.
            admin = await signIn(server, 'admin@example.org');
          }
          await compare();
        }
      }),
      { numRuns: 20 },
    );
  }, 180_000);
});
