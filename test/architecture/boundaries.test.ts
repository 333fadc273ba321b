import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Each import rule of the architecture refuses a deliberate violation, and the real files
 * it guards are accepted. ESLint runs the project's own config on text given for a path.
 */
const eslint = new ESLint({ cwd: process.cwd() });
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages
    .filter((m) => m.ruleId === 'boundaries/dependencies')
    .map((m) => m.message);
}

describe('the import rules', () => {
  it.each([
    [
      'client imports the server',
      'src/client/ui/Bad.tsx',
      "import { buildApp } from '../../server/app';",
    ],
    ['shared imports idb', 'src/shared/bad.ts', "import { openDB } from 'idb';"],
    [
      'shared imports node:crypto',
      'src/shared/bad.ts',
      "import { randomUUID } from 'node:crypto';",
    ],
    [
      'shared imports the domain',
      'src/shared/bad.ts',
      "import { mean } from '../domain/report/statistics';",
    ],
    ['domain imports hono', 'src/domain/bad.ts', "import { Hono } from 'hono';"],
    [
      'domain imports the client',
      'src/domain/bad.ts',
      "import { syncLoop } from '../client/sync/loop';",
    ],
    [
      'the server imports client sync code',
      'src/server/bad.ts',
      "import { syncOnce } from '../client/sync/engine';",
    ],
    [
      'the worker imports client code',
      'src/sw/bad.ts',
      "import { syncOnce } from '../client/sync/engine';",
    ],
    [
      'the worker imports the domain',
      'src/sw/bad.ts',
      "import { mean } from '../domain/report/statistics';",
    ],
    ['a screen imports idb', 'src/client/ui/Bad.tsx', "import { openDB } from 'idb';"],
    ['a screen imports chart.js', 'src/client/ui/Bad.tsx', "import { Chart } from 'chart.js';"],
    ['the client imports a server package', 'src/client/Bad.ts', "import { Hono } from 'hono';"],
  ])('refuses: %s', async (_, path, code) => {
    expect(await boundaryErrors(path, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['shared imports zod', 'src/shared/ok.ts', "import * as z from 'zod/mini';"],
    [
      'domain imports shared',
      'src/domain/ok.ts',
      "import { GENDERS } from '../shared/participant';",
    ],
    ['storage imports idb', 'src/client/storage/ok.ts', "import { openDB } from 'idb';"],
    [
      'the chart imports chart.js',
      'src/client/ui/common/chart/ok.ts',
      "import { Chart } from 'chart.js';",
    ],
    [
      'the worker imports workbox',
      'src/sw/ok.ts',
      "import { registerRoute } from 'workbox-routing';",
    ],
    ['the server imports Node', 'src/server/ok.ts', "import { randomUUID } from 'node:crypto';"],
  ])('allows: %s', async (_, path, code) => {
    expect(await boundaryErrors(path, `${code}\nexport {};\n`)).toEqual([]);
  });
});
