import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config';

describe('server configuration from the environment', () => {
  it('defaults to SQLite under ./data on port 8080', () => {
    expect(loadConfig({})).toMatchObject({
      port: 8080,
      dataDir: './data',
      databaseUrl: undefined,
      trustProxy: false,
    });
  });

  it('treats an empty variable as not set', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({
      databaseUrl: undefined,
      port: 8080,
    });
  });

  it('reads PostgreSQL, a port and proxy trust', () => {
    expect(
      loadConfig({ DATABASE_URL: 'postgres://u@h/db', PORT: '9000', TRUST_PROXY: 'true' }),
    ).toMatchObject({
      databaseUrl: 'postgres://u@h/db',
      port: 9000,
      trustProxy: true,
    });
  });

  it('names every bad setting', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/,
    );
  });
});
