/**
 * The daily backup inside the app (MASAR_BACKUP_TIME, Riyadh time: UTC+3 all year, no daylight
 * saving). Every instance checks the clock; the one whose insert of the day's slot into
 * `backup_run` wins takes the backup (the slot is unique), so with several instances on one
 * PostgreSQL a scheduled backup is taken once. An instance that was stopped at the time takes the
 * missed backup when it starts. After a successful run the oldest backups beyond
 * MASAR_BACKUP_KEEP are removed from the backup directory.
 */
import {
  UniqueConstraintViolationException,
  type Configuration,
  type EntityManager,
  type MikroORM,
} from '@mikro-orm/core';
import { BackupRun } from './backup-run.entity.js';
import { BackupRunStatus, BackupTrigger } from './backup.enums.js';
import {
  createBackup,
  lastBackupRun,
  latestBackup,
  pruneBackups,
  recordRun,
  type BackupSettings,
} from './backup.service.js';
import type { BackupStatus } from './backup.types.js';
import { logger } from '../../logger.js';

/** Riyadh is UTC+3 the whole year. */
const RIYADH_OFFSET_MS = 3 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
export const BACKUP_TIME_ZONE = 'Asia/Riyadh';

/**
 * The latest scheduled time at or before `now`: its instant and its slot's name, the Riyadh date
 * and time ("2026-12-06 02:30").
 */
export function dueSlot(time: string, now: Date): { slot: string; at: Date } {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  // A Date whose UTC fields read Riyadh's wall clock.
  const wall = new Date(now.getTime() + RIYADH_OFFSET_MS);
  let scheduled = Date.UTC(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    hours,
    minutes,
  );
  if (scheduled > wall.getTime()) scheduled -= DAY_MS;
  return {
    slot: `${new Date(scheduled).toISOString().slice(0, 10)} ${time}`,
    at: new Date(scheduled - RIYADH_OFFSET_MS),
  };
}

/** When the next scheduled backup is due after `now`. */
export function nextBackupAt(time: string, now: Date): Date {
  return new Date(dueSlot(time, now).at.getTime() + DAY_MS);
}

/**
 * Claims the slot due at `now` and takes its backup. Returns the run, or null when another
 * instance (or an earlier attempt) already claimed that slot. A failed backup is recorded as
 * FAILED and rethrown.
 */
export async function runScheduledBackup(
  orm: MikroORM,
  settings: BackupSettings,
  now: Date,
  signal?: AbortSignal,
): Promise<BackupRun | null> {
  if (!settings.backupTime) return null;
  const { slot } = dueSlot(settings.backupTime, now);
  const em = orm.em.fork();
  if (await em.findOne(BackupRun, { slot })) return null;
  const run = em.create(BackupRun, {
    slot,
    trigger: BackupTrigger.SCHEDULED,
    status: BackupRunStatus.RUNNING,
    startedAt: new Date(),
  });
  try {
    await em.flush();
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) return null; // Another instance won.
    throw err;
  }
  await recordRun(em, run, () => createBackup(orm, settings, settings.backupDir, signal));
  await pruneBackups(settings.backupDir, settings.backupKeep);
  return run;
}

/** The schedule as the app runs it, for the admin's page. */
export interface BackupSchedule {
  time: string | undefined;
  keep: number;
  directory: string;
}

const schedules = new WeakMap<Configuration, BackupSchedule>();

/** The schedule of the app `em` belongs to (none outside a running app). */
export function backupScheduleOf(em: EntityManager): BackupSchedule | undefined {
  return schedules.get(em.config);
}

/** The latest runs and the schedule, for the admin's page. */
export async function backupStatusOf(em: EntityManager, now: Date): Promise<BackupStatus> {
  const schedule = backupScheduleOf(em);
  const time = schedule?.time ?? null;
  return {
    lastRun: await lastBackupRun(em),
    lastSuccess: await latestBackup(em),
    schedule: {
      enabled: time !== null,
      time,
      timeZone: BACKUP_TIME_ZONE,
      keep: schedule?.keep ?? 0,
      directory: schedule?.directory ?? '',
      nextRunAt: time ? nextBackupAt(time, now) : null,
    },
  };
}

export interface Logger {
  info(message: string): void;
  error(message: string): void;
}

/**
 * Starts the daily backup: checks every `intervalMs` (and shortly after the start) whether a slot
 * is due that this instance has not yet tried. `stop()` stops a backup under way (its programs
 * killed, the run recorded as FAILED, its partial folder removed) and waits for that.
 */
export function startBackupScheduler(
  orm: MikroORM,
  settings: BackupSettings,
  {
    intervalMs = 30_000,
    firstCheckMs = 5_000,
    log = {
      info: (m: string) => logger.info(m),
      error: (m: string) => logger.error(m),
    } as Logger,
  } = {},
): { stop(): Promise<void> } {
  schedules.set(orm.config, {
    time: settings.backupTime,
    keep: settings.backupKeep,
    directory: settings.backupDir,
  });
  const time = settings.backupTime;
  if (!time) return { stop: async () => undefined };

  let tried: string | null = null;
  let current: Promise<void> | null = null;
  let stopped = false;
  const abort = new AbortController();
  const tick = () => {
    if (stopped || current) return;
    const now = new Date();
    const { slot } = dueSlot(time, now);
    if (slot === tried) return;
    tried = slot;
    current = runScheduledBackup(orm, settings, now, abort.signal)
      .then((run) => {
        if (run) log.info(`Scheduled backup ${slot} written to ${run.location}.`);
      })
      .catch((err: unknown) => {
        const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
        log.error(`Scheduled backup ${slot} failed: ${reason}`);
      })
      .finally(() => {
        current = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  const first = setTimeout(tick, firstCheckMs);
  timer.unref();
  first.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
      abort.abort();
      await current;
    },
  };
}
