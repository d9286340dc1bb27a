import { BackupRun } from './backup-run.entity.js';

/** Running it for real: backups and their schedule. */
export const operationsModule = {
  entities: [BackupRun],
  resolvers: [],
} as const;
