import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { newId } from '../../src/client/newFacts';

/** Fact ids are version 7 UUIDs: the server's schema takes them, and they follow time. */
describe('newId', () => {
  it('is a version 7 UUID the shared schema accepts, with the time in its first 48 bits', () => {
    const at = Date.parse('2026-12-04T09:30:00.123Z');
    const id = newId(at);
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });
  it('sorts as its times do, and two made in the same millisecond differ', () => {
    const times = [0, 1, 255, 256, 65_536, 1.7e12, 1.7e12 + 1, 2 ** 47];
    const ids = times.map((t) => newId(t));
    expect([...ids].sort()).toEqual(ids);
    expect(newId(5)).not.toBe(newId(5));
  });
});
