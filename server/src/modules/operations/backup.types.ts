import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { BackupRun } from './backup-run.entity.js';
import { BackupRunStatus, BackupTrigger } from './backup.enums.js';

@ObjectType('BackupRun', { description: 'One backup run: when, how it ended, where it went.' })
export class BackupRunType {
  @Field(() => ID, { description: 'Stable identifier; increases with time.' })
  id!: number;

  @Field(() => BackupTrigger, { description: 'How it was started.' })
  trigger!: BackupTrigger;

  @Field(() => BackupRunStatus, { description: 'Where it stands.' })
  status!: BackupRunStatus;

  @Field(() => Date, { description: 'When it started.' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended; null while under way.' })
  finishedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The backup folder, on the machine that wrote it; null unless it succeeded.',
  })
  location?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Bytes of the whole backup folder; null unless it succeeded.',
  })
  sizeBytes?: number | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, in one sentence.' })
  error?: string | null;
}

@ObjectType('BackupSchedule', { description: 'The daily backup the app takes by itself.' })
export class BackupSchedule {
  @Field(() => Boolean, { description: 'Whether a daily time is set (MASAR_BACKUP_TIME).' })
  enabled!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The daily time, "HH:MM" in `timeZone`; null without a schedule.',
  })
  time!: string | null;

  @Field(() => String, { description: 'The time zone of `time`: Asia/Riyadh (UTC+3).' })
  timeZone!: string;

  @Field(() => Int, { description: 'How many backups are kept (MASAR_BACKUP_KEEP).' })
  keep!: number;

  @Field(() => String, { description: 'Where backups are written (MASAR_BACKUP_DIR).' })
  directory!: string;

  @Field(() => Date, { nullable: true, description: 'When the next one is due.' })
  nextRunAt!: Date | null;
}

@ObjectType('BackupStatus', { description: 'The backups: the latest runs and the schedule.' })
export class BackupStatus {
  @Field(() => BackupRunType, {
    nullable: true,
    description: 'The latest run, whatever its result; null before the first.',
  })
  lastRun!: BackupRun | null;

  @Field(() => BackupRunType, {
    nullable: true,
    description: 'The latest successful run; null before the first.',
  })
  lastSuccess!: BackupRun | null;

  @Field(() => BackupSchedule, { description: 'The daily schedule.' })
  schedule!: BackupSchedule;
}
