import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * One tsconfig per runtime: code in shared/ and domain/ sees no DOM and no Node, the service
 * worker no DOM, the server no DOM. A file with a violation, compiled with a runtime's own
 * options, fails; the same file without it compiles.
 */
function compile(config: string, path: string, code: string): string[] {
  const file = ts.readConfigFile(config, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(file.config, ts.sys, process.cwd());
  const options = { ...parsed.options, noEmit: true, composite: false, declaration: false };
  delete options.emitDeclarationOnly;
  const full = resolve(path);
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, lang, ...rest) =>
    resolve(name) === full
      ? ts.createSourceFile(name, code, lang)
      : getSourceFile.call(host, name, lang, ...rest);
  host.fileExists = (name) => resolve(name) === full || fileExists.call(host, name);
  host.readFile = (name) => (resolve(name) === full ? code : readFile.call(host, name));
  const program = ts.createProgram({ rootNames: [full], options, host });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && resolve(d.file.fileName) === full)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('one tsconfig per runtime', () => {
  it.each([
    ['tsconfig.pure.json', 'src/domain/bad.ts', 'export const w = window.location.href;', /window/],
    ['tsconfig.pure.json', 'src/domain/bad.ts', 'export const t = document.title;', /document/],
    [
      'tsconfig.pure.json',
      'src/shared/bad.ts',
      "import { randomUUID } from 'node:crypto';\nexport const id = randomUUID();",
      /node:crypto/,
    ],
    ['tsconfig.pure.json', 'src/shared/bad.ts', 'export const b = Buffer.from("x");', /Buffer/],
    ['tsconfig.sw.json', 'src/sw/bad.ts', 'export const b = document.body;', /document/],
    ['tsconfig.server.json', 'src/server/bad.ts', 'export const w = window.innerWidth;', /window/],
  ])('%s refuses %s: %s', (config, path, code, message) => {
    const errors = compile(config, path, code);
    expect(errors.join('\n')).toMatch(message);
  });

  it.each([
    [
      'tsconfig.pure.json',
      'src/domain/ok.ts',
      "import { GENDERS } from '../shared/participant';\nexport const n = GENDERS.length;",
    ],
    ['tsconfig.client.json', 'src/client/ok.ts', 'export const w = window.location.href;'],
    [
      'tsconfig.sw.json',
      'src/sw/ok.ts',
      'declare const self: ServiceWorkerGlobalScope;\nexport const s = self.registration;',
    ],
    [
      'tsconfig.server.json',
      'src/server/ok.ts',
      "import { randomUUID } from 'node:crypto';\nexport const id = randomUUID();",
    ],
  ])('%s compiles %s', (config, path, code) => {
    expect(compile(config, path, code)).toEqual([]);
  });
});
