import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A bad network between phones and the server, for tests: it drops requests, delays (and so
 * reorders) them, sends some twice, answers 500 itself, and cuts the connection after the
 * server has committed. Seeded, so a failure can be replayed.
 */
export interface FaultCounts {
  forwarded: number;
  dropped: number;
  duplicated: number;
  failed500: number;
  cutAfterCommit: number;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function forward(
  target: URL,
  req: IncomingMessage,
  body: Buffer,
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = {
      ...req.headers,
      host: target.host,
      'content-length': String(body.length),
    };
    const out = request(new URL(req.url ?? '/', target), { method: req.method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 502,
          headers: { 'content-type': String(res.headers['content-type'] ?? '') },
          body: Buffer.concat(chunks),
        }),
      );
    });
    out.on('error', reject);
    out.end(body);
  });
}

export async function startFaultyProxy(
  target: string,
  seed: number,
): Promise<{ url: string; counts: FaultCounts; close(): Promise<void> }> {
  const random = mulberry32(seed);
  const counts: FaultCounts = {
    forwarded: 0,
    dropped: 0,
    duplicated: 0,
    failed500: 0,
    cutAfterCommit: 0,
  };
  const targetUrl = new URL(target);
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const roll = random();
    await new Promise((r) => setTimeout(r, Math.floor(random() * 40))); // delays reorder concurrent requests
    if (roll < 0.08) {
      counts.dropped++;
      req.socket.destroy();
      return;
    }
    if (roll < 0.14) {
      counts.failed500++;
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end('{"error":{"code":"internal","message":"proxy says no"}}');
      return;
    }
    try {
      const first = forward(targetUrl, req, body);
      if (roll < 0.22) {
        counts.duplicated++;
        await Promise.all([first, forward(targetUrl, req, body)]);
      }
      const answer = await first;
      counts.forwarded++;
      if (roll < 0.32 && roll >= 0.22) {
        counts.cutAfterCommit++;
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, answer.headers).end(answer.body);
    } catch {
      req.socket.destroy();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}
