// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { OutboxLoop, type LoopStatus } from '../../src/client/sync/loop';

type Outcome = 'done' | 'not_connected';
type Summary = { waiting: number };

/** A loop over a stand-in outbox whose pass the test lets finish when it wants. */
function loopOver(waiting: number, stored: Outcome | null = null, storeRead?: Promise<void>) {
  let finishPass: (o: Outcome) => void = () => {};
  const loop = new OutboxLoop<Outcome, Summary>({
    pass: () => new Promise<Outcome>((resolve) => (finishPass = resolve)),
    summary: async () => ({ waiting }),
    storedState: async () => {
      await storeRead;
      return stored;
    },
    empty: { waiting: 0 },
    done: 'done',
    intervalMs: 60_000,
  });
  const seen: LoopStatus<Outcome, Summary>[] = [];
  loop.subscribe((s) => seen.push(s));
  return { loop, seen, finishPass: (o: Outcome) => finishPass(o) };
}

/**
 * Before its first pass the loop says nothing it has not read: the phone's home screen
 * must not say "everything is sent" over an outbox with answers waiting in it.
 */
describe('the outbox loop before its first pass', () => {
  it('is not known until the outbox is read, then tells what waits', async () => {
    const { loop, seen } = loopOver(3);
    expect(seen.at(-1)!.known).toBe(false);
    await loop.showStored();
    expect(seen.at(-1)).toMatchObject({ known: true, state: 'idle', outbox: { waiting: 3 } });
  });

  it('tells a phone that has not joined so from its own store', async () => {
    const { loop, seen } = loopOver(0, 'not_connected');
    await loop.showStored();
    expect(seen.at(-1)).toMatchObject({ known: true, state: 'not_connected' });
  });

  it('keeps the last settled state during a pass, for the screen to go on showing', async () => {
    const { loop, seen, finishPass } = loopOver(0, 'not_connected');
    await loop.showStored();
    const pass = loop.run();
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.at(-1)).toMatchObject({ state: 'syncing', settledState: 'not_connected' });
    finishPass('done');
    await pass;
    expect(seen.at(-1)).toMatchObject({ state: 'done', settledState: 'done' });
  });

  it('does not overwrite what a pass that got there first has found', async () => {
    let readStore = () => {};
    const storeRead = new Promise<void>((resolve) => (readStore = resolve));
    const { loop, seen, finishPass } = loopOver(2, 'not_connected', storeRead);
    const stored = loop.showStored();
    const pass = loop.run();
    await new Promise((r) => setTimeout(r, 0));
    finishPass('done');
    await pass;
    // The store's answer (no device then) comes after the pass (which joined meanwhile).
    readStore();
    await stored;
    expect(seen.at(-1)).toMatchObject({ known: true, state: 'done' });
  });
});
