import { registerEnumType } from 'type-graphql';

/** How a backup was started. */
export enum BackupTrigger {
  MANUAL = 'MANUAL',
  SCHEDULED = 'SCHEDULED',
}

/** Where a backup run stands. */
export enum BackupRunStatus {
  FAILED = 'FAILED',
  OK = 'OK',
  RUNNING = 'RUNNING',
}

registerEnumType(BackupTrigger, {
  name: 'BackupTrigger',
  description: 'How a backup was started.',
  valuesConfig: {
    MANUAL: { description: 'By hand, with `pnpm masar backup`.' },
    SCHEDULED: { description: 'By the daily schedule (MASAR_BACKUP_TIME).' },
  },
});

registerEnumType(BackupRunStatus, {
  name: 'BackupRunStatus',
  description: 'Where a backup run stands.',
  valuesConfig: {
    FAILED: { description: 'It failed; the run says why.' },
    OK: { description: 'The backup was written and its manifest checks out.' },
    RUNNING: { description: 'Under way (or its process stopped before it ended).' },
  },
});
