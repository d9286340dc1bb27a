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

  it('reads MASAR_TRUST_PROXY as Express means it: true, a hop count, or addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ MASAR_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ MASAR_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ MASAR_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ MASAR_TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe(
      'loopback, 10.0.0.0/8',
    );
  });

  it('reads MASAR_HTTPS as a yes or no, and refuses anything else', () => {
    expect(loadConfig({}).forceHttps).toBe(false);
    expect(loadConfig({ MASAR_HTTPS: 'true' }).forceHttps).toBe(true);
    expect(() => loadConfig({ MASAR_HTTPS: 'https' })).toThrow(/MASAR_HTTPS/);
  });

  it('reads the backup settings: directory, daily time in Riyadh, how many to keep, pg tools', () => {
    expect(loadConfig({ MASAR_DATA_DIR: '/tmp/masar-x' })).toMatchObject({
      backupDir: '/tmp/masar-x/backups',
      backupTime: undefined,
      backupKeep: 7,
      pgDump: 'pg_dump',
      pgRestore: 'pg_restore',
    });
    expect(
      loadConfig({
        MASAR_BACKUP_TIME: '2:30',
        MASAR_BACKUP_KEEP: '3',
        MASAR_BACKUP_DIR: '/srv/masar-backups',
        MASAR_PG_DUMP: '/usr/lib/postgresql/15/bin/pg_dump',
        MASAR_PG_RESTORE: '/usr/lib/postgresql/15/bin/pg_restore',
      }),
    ).toMatchObject({
      backupTime: '02:30',
      backupKeep: 3,
      backupDir: '/srv/masar-backups',
      pgDump: '/usr/lib/postgresql/15/bin/pg_dump',
      pgRestore: '/usr/lib/postgresql/15/bin/pg_restore',
    });
    expect(() => loadConfig({ MASAR_BACKUP_TIME: '25:00' })).toThrow(/MASAR_BACKUP_TIME/);
    expect(() => loadConfig({ MASAR_BACKUP_TIME: '2.30pm' })).toThrow(/MASAR_BACKUP_TIME/);
    expect(() => loadConfig({ MASAR_BACKUP_KEEP: '0' })).toThrow(/MASAR_BACKUP_KEEP/);
  });

  it('reads the log settings: MASAR_LOG_LEVEL (default info) and MASAR_LOG_PRETTY (default: on a terminal)', () => {
    expect(loadConfig({})).toMatchObject({ logLevel: 'info', logPretty: undefined });
    expect(loadConfig({ MASAR_LOG_LEVEL: 'DEBUG', MASAR_LOG_PRETTY: 'true' })).toMatchObject({
      logLevel: 'debug',
      logPretty: true,
    });
    expect(loadConfig({ MASAR_LOG_PRETTY: 'false' }).logPretty).toBe(false);
    expect(() => loadConfig({ MASAR_LOG_LEVEL: 'verbose' })).toThrow(/MASAR_LOG_LEVEL/);
    expect(() => loadConfig({ MASAR_LOG_PRETTY: 'colour' })).toThrow(/MASAR_LOG_PRETTY/);
  });

  it('reads MASAR_METRICS_TOKEN: unset by default, and refused when short enough to guess', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    const token = 'k3y-for-prometheus-0123456789';
    expect(loadConfig({ MASAR_METRICS_TOKEN: token }).metricsToken).toBe(token);
    expect(() => loadConfig({ MASAR_METRICS_TOKEN: 'short' })).toThrow(/MASAR_METRICS_TOKEN/);
  });

  it('reads MASAR_SHUTDOWN_GRACE_SECONDS: 20 s by default, a positive number of seconds', () => {
    expect(loadConfig({}).shutdownGraceMs).toBe(20_000);
    expect(loadConfig({ MASAR_SHUTDOWN_GRACE_SECONDS: '2.5' }).shutdownGraceMs).toBe(2_500);
    expect(() => loadConfig({ MASAR_SHUTDOWN_GRACE_SECONDS: '0' })).toThrow(
      /MASAR_SHUTDOWN_GRACE_SECONDS/,
    );
  });
});
