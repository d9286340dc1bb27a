import { BackupRun } from './backup-run.entity.js';
import { BackupResolver } from './backup.resolver.js';

/** Running it for real: backups and their schedule. */
export const operationsModule = {
  entities: [BackupRun],
  resolvers: [BackupResolver],
} as const;
