import { randomUUID } from 'node:crypto';
import { hashSecret, newSecret } from '../../src/server/auth/tokens';
import type { Store } from '../../src/server/db/connect';

/**
 * A team with participants that each have one connected phone, written straight into the
 * database: for tests and benchmarks that start the server as a separate process.
 * Returns the device tokens, one per participant.
 */
export async function seedDevices(store: Store, count: number, name = 'Seeded'): Promise<string[]> {
  const now = new Date().toISOString();
  const teamId = randomUUID();
  await store.db.insertInto('teams').values({ id: teamId, name, created_at: now }).execute();
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const participantId = randomUUID();
    await store.db
      .insertInto('participants')
      .values({
        id: participantId,
        team_id: teamId,
        code: `S-${i}`,
        gender: 'unknown',
        birth_year: 1980,
        intake_date: '2026-01-01',
        created_at: now,
      })
      .execute();
    const token = newSecret();
    await store.db
      .insertInto('devices')
      .values({
        id: randomUUID(),
        participant_id: participantId,
        token_hash: hashSecret(token),
        created_at: now,
      })
      .execute();
    tokens.push(token);
  }
  return tokens;
}
