import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127025811 } from './Migration20261127025811.js';

/** The postgresql migrations, in order. Maintained by `pnpm migration:create`. */
export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261127025811', class: Migration20261127025811 },
];
