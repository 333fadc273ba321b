import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe.each(DATABASES)('team server on %s', (kind) => {
  let server: TestServer;
  let coach: Staff;
  let teamId: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    teamId = await addTeam(server, 'Säter');
    await addStaff(server, teamId, 'coach@example.org');
    coach = await signIn(server, 'coach@example.org');
  });
  afterAll(() => server?.close());

  it('answers health with the database it uses', async () => {
    const res = await server.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: kind });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  describe('staff sign-in', () => {
    it('sets an HttpOnly, SameSite=Strict session cookie (Secure behind TLS)', async () => {
      const res = await server.request('/api/auth/sign-in', {
        method: 'POST',
        json: { email: 'COACH@example.org', password: 'correct horse battery staple' },
      });
      expect(res.status).toBe(200);
      const cookie = res.headers.get('set-cookie')!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).not.toMatch(/Secure/);
      const tls = await server.app.request('https://localhost/api/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'coach@example.org',
          password: 'correct horse battery staple',
        }),
      });
      expect(tls.headers.get('set-cookie')).toMatch(/Secure/);
      expect(tls.headers.get('strict-transport-security')).toContain('max-age=');
    });

    it('refuses a wrong password without telling whether the account exists', async () => {
      const wrong = await server.request('/api/auth/sign-in', {
        method: 'POST',
        json: { email: 'coach@example.org', password: 'nope' },
      });
      const unknown = await server.request('/api/auth/sign-in', {
        method: 'POST',
        json: { email: 'nobody@example.org', password: 'nope' },
      });
      expect(wrong.status).toBe(401);
      expect(await wrong.json()).toEqual(await unknown.json());
    });

    it('limits repeated attempts for one e-mail', async () => {
      let last = 0;
      for (let i = 0; i < 12; i++)
        last = (
          await server.request('/api/auth/sign-in', {
            method: 'POST',
            json: { email: 'victim@example.org', password: `guess${i}` },
          })
        ).status;
      expect(last).toBe(429);
    });

    it('needs the CSRF header for changes made with the cookie', async () => {
      const res = await server.request('/api/participants', {
        method: 'POST',
        headers: { cookie: coach.cookie },
        json: { code: 'X-1', gender: 'man', birthYear: 1990, intakeDate: '2026-01-01' },
      });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('csrf_failed');
    });

    it('ends the session after idle time and after sign-out', async () => {
      const s = await signIn(server, 'coach@example.org');
      server.clock.now = new Date(Date.now() + 31 * 60_000);
      expect((await server.request('/api/auth/me', { headers: s.headers })).status).toBe(401);
      server.clock.now = new Date();
      const t = await signIn(server, 'coach@example.org');
      expect(
        (await server.request('/api/auth/sign-out', { method: 'POST', headers: t.headers })).status,
      ).toBe(204);
      expect((await server.request('/api/auth/me', { headers: t.headers })).status).toBe(401);
    });
  });

  describe('participants and devices', () => {
    it('creates a participant, refuses a second with the same code, and logs every read', async () => {
      const id = await addParticipant(server, coach, 'SA-001', { displayName: 'Anna' });
      const again = await server.request('/api/participants', {
        method: 'POST',
        headers: coach.headers,
        json: { code: 'SA-001', gender: 'woman', birthYear: 1985, intakeDate: '2026-01-15' },
      });
      expect(again.status).toBe(409);
      const res = await server.request(`/api/participants/${id}`, { headers: coach.headers });
      expect((await res.json()).participant).toMatchObject({
        code: 'SA-001',
        displayName: 'Anna',
        intakeDate: '2026-01-15',
      });
      await server.request(`/api/participants/${id}/ratings`, { headers: coach.headers });
      const log = await server.store.db
        .selectFrom('access_log')
        .select(['action', 'participant_id'])
        .where('participant_id', '=', id)
        .execute();
      expect(log.map((l) => l.action)).toEqual(['view', 'ratings']);
    });

    it('rejects unknown fields and a bad body with a code and details', async () => {
      const res = await server.request('/api/participants', {
        method: 'POST',
        headers: coach.headers,
        json: {
          code: 'SA-002',
          gender: 'woman',
          birthYear: 1985,
          intakeDate: '2026-02-30',
          personnummer: '19850101-1234',
        },
      });
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.details.map((d: { path: string }) => d.path)).toEqual(
        expect.arrayContaining(['intakeDate']),
      );
      const notJson = await server.request('/api/participants', {
        method: 'POST',
        headers: { ...coach.headers, 'content-type': 'application/json' },
        body: '{',
      });
      expect(notJson.status).toBe(400);
      const text = await server.request('/api/participants', {
        method: 'POST',
        headers: { ...coach.headers, 'content-type': 'text/plain' },
        body: 'hi',
      });
      expect(text.status).toBe(415);
    });

    it('refuses a body over the limit with 413', async () => {
      const res = await server.request('/api/participants', {
        method: 'POST',
        headers: coach.headers,
        json: { code: 'x'.repeat(300_000) },
      });
      expect(res.status).toBe(413);
      expect((await res.json()).error.code).toBe('payload_too_large');
    });

    it('refuses by the declared length without reading the body, and lets a small one through', async () => {
      const body = JSON.stringify({ code: 'x'.repeat(300_000) });
      const big = await server.request('/api/participants', {
        method: 'POST',
        headers: { ...coach.headers, 'content-length': String(Buffer.byteLength(body)) },
        json: { code: 'x'.repeat(300_000) },
      });
      expect(big.status).toBe(413);
      expect((await big.json()).error.code).toBe('payload_too_large');
      const small = JSON.stringify({
        code: 'SA-LEN',
        gender: 'woman',
        birthYear: 1985,
        intakeDate: '2026-01-15',
      });
      const ok = await server.request('/api/participants', {
        method: 'POST',
        headers: {
          ...coach.headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(small)),
        },
        body: small,
      });
      expect(ok.status).toBe(201);
    });

    it('gives a single-use invitation as link, QR code and short code', async () => {
      const id = await addParticipant(server, coach, 'SA-010');
      const inv = await server.request(`/api/participants/${id}/invitations`, {
        method: 'POST',
        headers: coach.headers,
      });
      expect(inv.status).toBe(201);
      const body = await inv.json();
      expect(body.shortCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(body.link).toMatch(/\/#\/join\/[A-Z2-9]{8}$/);
      expect(body.qrSvg).toContain('<svg');
      const typed = body.shortCode.toLowerCase().replace('-', ' ');
      const first = await server.request('/api/devices/redeem', {
        method: 'POST',
        json: { code: typed },
      });
      expect(first.status).toBe(201);
      const second = await server.request('/api/devices/redeem', {
        method: 'POST',
        json: { code: body.shortCode },
      });
      expect(second.status).toBe(400);
      expect((await second.json()).error.code).toBe('invitation_invalid');
    });

    it('refuses an expired invitation', async () => {
      const id = await addParticipant(server, coach, 'SA-011');
      const { shortCode } = await (
        await server.request(`/api/participants/${id}/invitations`, {
          method: 'POST',
          headers: coach.headers,
        })
      ).json();
      server.clock.now = new Date(Date.now() + 8 * 86_400_000);
      const res = await server.request('/api/devices/redeem', {
        method: 'POST',
        json: { code: shortCode },
      });
      server.clock.now = new Date();
      expect(res.status).toBe(400);
    });
  });

  describe('sync', () => {
    it('accepts each fact once, says duplicate on resend, and rejects bad or future ones', async () => {
      const id = await addParticipant(server, coach, 'SY-001');
      const device = await enrolDevice(server, coach, id);
      const good = orsFact();
      const future = orsFact({}, new Date(Date.now() + 6 * 60_000));
      const nearFuture = orsFact({}, new Date(Date.now() + 4 * 60_000));
      const bad = { ...orsFact(), values: { individual: 11 } };
      const push = (facts: unknown[]) =>
        server.request('/api/sync/push', {
          method: 'POST',
          headers: device.auth,
          json: { protocol: 1, facts },
        });
      const res = await push([good, future, bad, nearFuture, good]);
      expect(res.status).toBe(200);
      const { results } = await res.json();
      expect(results.map((r: { status: string; code?: string }) => r.code ?? r.status)).toEqual([
        'accepted',
        'future_date',
        'invalid_fact',
        'accepted',
        'duplicate',
      ]);
      const again = await (await push([good])).json();
      expect(again.results).toEqual([{ id: good.id, status: 'duplicate' }]);
      const changed = await (await push([{ ...good, note: 'different' }])).json();
      expect(changed.results[0]).toMatchObject({ status: 'rejected', code: 'conflict' });
      const stored = await server.store.db
        .selectFrom('facts')
        .select(['id', 'received_at', 'total'])
        .where('participant_id', '=', id)
        .execute();
      expect(stored).toHaveLength(2);
      expect(stored.find((s) => s.id === good.id)?.received_at).toBeTruthy();
    });

    it('shows the coach only the notes the participant shared, and the phone all of them', async () => {
      const id = await addParticipant(server, coach, 'SY-005');
      const phone = await enrolDevice(server, coach, id);
      const kept = orsFact({ note: 'mine alone' });
      const shared = orsFact({ note: 'for my coach', noteShared: true });
      await server.request('/api/sync/push', {
        method: 'POST',
        headers: phone.auth,
        json: { protocol: 1, facts: [kept, shared] },
      });
      const staffView = (
        await (
          await server.request(`/api/participants/${id}/ratings`, { headers: coach.headers })
        ).json()
      ).facts;
      expect(staffView.map((f: { note?: string }) => f.note ?? null)).toEqual([
        null,
        'for my coach',
      ]);
      const own = (await (await server.request('/api/sync/pull', { headers: phone.auth })).json())
        .facts;
      expect(own.map((f: { note?: string }) => f.note)).toEqual(['mine alone', 'for my coach']);
    });

    it('refuses a device that claims staff provenance, an unknown protocol, and an empty batch', async () => {
      const id = await addParticipant(server, coach, 'SY-002');
      const device = await enrolDevice(server, coach, id);
      const push = (body: unknown) =>
        server.request('/api/sync/push', { method: 'POST', headers: device.auth, json: body });
      const staffPaper = await (
        await push({ protocol: 1, facts: [orsFact({ provenance: 'staff_paper' })] })
      ).json();
      expect(staffPaper.results[0].code).toBe('invalid_fact');
      expect((await push({ protocol: 99, facts: [orsFact()] })).status).toBe(400);
      expect((await push({ protocol: 1, facts: [] })).status).toBe(400);
    });

    it('lets a new device pull the history page by page from a cursor', async () => {
      const id = await addParticipant(server, coach, 'SY-003');
      const phone = await enrolDevice(server, coach, id);
      const facts = Array.from({ length: 30 }, () => orsFact());
      await server.request('/api/sync/push', {
        method: 'POST',
        headers: phone.auth,
        json: { protocol: 1, facts: facts.slice(0, 20) },
      });
      await server.request('/api/sync/push', {
        method: 'POST',
        headers: phone.auth,
        json: { protocol: 1, facts: facts.slice(20) },
      });
      const tablet = await enrolDevice(server, coach, id);
      const first = await (
        await server.request('/api/sync/pull?since=0', { headers: tablet.auth })
      ).json();
      expect(first.facts.map((f: { id: string }) => f.id)).toEqual(facts.map((f) => f.id));
      const rest = await (
        await server.request(`/api/sync/pull?since=${first.next}`, { headers: tablet.auth })
      ).json();
      expect(rest).toMatchObject({ facts: [], next: first.next, more: false });
    });

    it('stops a revoked device, and an exited participant’s device from writing', async () => {
      const id = await addParticipant(server, coach, 'SY-004');
      const device = await enrolDevice(server, coach, id);
      const devices = await (
        await server.request(`/api/participants/${id}/devices`, { headers: coach.headers })
      ).json();
      expect(devices.devices).toHaveLength(1);
      expect(
        (
          await server.request(`/api/participants/${id}/devices/${device.id}/revoke`, {
            method: 'POST',
            headers: coach.headers,
          })
        ).status,
      ).toBe(204);
      const res = await server.request('/api/sync/push', {
        method: 'POST',
        headers: device.auth,
        json: { protocol: 1, facts: [orsFact()] },
      });
      expect(res.status).toBe(401);

      const other = await enrolDevice(server, coach, id);
      await server.store.db
        .updateTable('participants')
        .set({ exit_date: '2026-06-01', exit_reason: 'work' })
        .where('id', '=', id)
        .execute();
      expect(
        (
          await server.request('/api/sync/push', {
            method: 'POST',
            headers: other.auth,
            json: { protocol: 1, facts: [orsFact()] },
          })
        ).status,
      ).toBe(403);
      expect((await server.request('/api/sync/pull', { headers: other.auth })).status).toBe(200);
    });
  });
});
