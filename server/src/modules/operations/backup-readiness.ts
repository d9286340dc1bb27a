/**
 * The backups' part of /readyz: with a daily schedule, the check passes while the latest
 * successful backup is at most a day and two hours old (or one is under way since less than an
 * hour, as on the first start); when it fails /readyz says `degraded` (health.ts). Without a
 * schedule it only reports the age: backups are then the operator's business.
 */
import type { MikroORM } from '@mikro-orm/core';
import type { Config } from '../../config.js';
import { BackupRunStatus } from './backup.enums.js';
import { lastBackupRun, latestBackup } from './backup.service.js';

/** How old the latest backup may be when one is scheduled every day. */
export const BACKUP_MAX_AGE_HOURS = 26;
const HOUR_MS = 60 * 60 * 1000;

export async function backupReadiness(
  orm: MikroORM,
  settings: Pick<Config, 'backupTime'>,
  now: Date = new Date(),
): Promise<{ ok: boolean; detail: Record<string, unknown> }> {
  const em = orm.em.fork();
  const [success, run] = [await latestBackup(em), await lastBackupRun(em)];
  const age = success ? now.getTime() - success.startedAt.getTime() : null;
  const scheduled = settings.backupTime !== undefined;
  const underWay =
    run?.status === BackupRunStatus.RUNNING && now.getTime() - run.startedAt.getTime() < HOUR_MS;
  return {
    ok: !scheduled || (age !== null && age <= BACKUP_MAX_AGE_HOURS * HOUR_MS) || underWay,
    detail: {
      scheduled,
      lastSuccessAt: success?.startedAt.toISOString() ?? null,
      ageHours: age === null ? null : Math.round((age / HOUR_MS) * 10) / 10,
      maxAgeHours: scheduled ? BACKUP_MAX_AGE_HOURS : null,
      lastRun: run?.status ?? null,
    },
  };
}
