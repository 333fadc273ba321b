import type { Store } from '../db/connect';
import { teamExists } from '../teams/accounts';

/** A mistake in how a command was called: exit code 2, with the usage text. */
export class UsageError extends Error {}

export type Output = { text: string; json: unknown };

export function need(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`Missing --${flag}.`);
  return value;
}

/** A password typed or piped on standard input (never a flag: flags end up in shell history). */
export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (at least 12 characters): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** The team a command names, or a plain error when there is none with that id. */
export async function requireTeam(store: Store, id: string): Promise<string> {
  if (!(await teamExists(store, id))) throw new Error(`No team with id ${id}.`);
  return id;
}
