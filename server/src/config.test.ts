import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('defaults to port 4000 on 127.0.0.1 with SQLite in ./data', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.engine).toBe('sqlite');
    expect(c.databaseUrl).toBe(path.resolve('data', 'masar.sqlite'));
  });

  it('puts the SQLite file in MASAR_DATA_DIR', () => {
    const c = loadConfig({ MASAR_DATA_DIR: '/tmp/masar-x' });
    expect(c.databaseUrl).toBe('/tmp/masar-x/masar.sqlite');
  });

  it('switches to PostgreSQL on a postgresql:// DATABASE_URL', () => {
    const url = 'postgresql://u@127.0.0.1:5432/masar';
    expect(loadConfig({ DATABASE_URL: url })).toMatchObject({
      engine: 'postgresql',
      databaseUrl: url,
    });
  });

  it('rejects a bad port and an unknown database URL with a clear error', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});
