import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { BackupRunStatus, BackupTrigger } from './backup.enums.js';

/**
 * One backup run, kept in the database so every instance sees the last one (the admin's page,
 * /readyz). A scheduled run first claims its slot (`slot` is unique): with several instances on
 * one PostgreSQL only the one whose insert wins runs that day's backup.
 */
@Entity({ tableName: 'backup_run' })
export class BackupRun {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** A scheduled run's slot: its Riyadh date and time, e.g. "2026-12-06 02:30"; null by hand. */
  @Property({ type: 'string', length: 32, nullable: true })
  @Unique()
  slot?: string | null;

  @Property({ type: 'string', length: 16 })
  trigger!: BackupTrigger;

  @Property({ type: 'string', length: 16 })
  status!: BackupRunStatus;

  @Property({ type: 'Date' })
  @Index()
  startedAt!: Date;

  @Property({ type: 'Date', nullable: true })
  finishedAt?: Date | null;

  /** The backup's folder (on the machine that wrote it). */
  @Property({ type: 'text', nullable: true })
  location?: string | null;

  /** Bytes of the whole backup folder. */
  @Property({ type: 'double', nullable: true })
  sizeBytes?: number | null;

  /** Why it failed, in one sentence. */
  @Property({ type: 'text', nullable: true })
  error?: string | null;
}
