import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127025811 } from './Migration20261127025811.js';
import { Migration20261127033114 } from './Migration20261127033114.js';
import { Migration20261127033652 } from './Migration20261127033652.js';
import { Migration20261127044607 } from './Migration20261127044607.js';
import { Migration20261127045359 } from './Migration20261127045359.js';
import { Migration20261127045523 } from './Migration20261127045523.js';
import { Migration20261127051205 } from './Migration20261127051205.js';
import { Migration20261127063040 } from './Migration20261127063040.js';
import { Migration20261127075625 } from './Migration20261127075625.js';
import { Migration20261127085352 } from './Migration20261127085352.js';
import { Migration20261206140100 } from './Migration20261206140100.js';
import { Migration20261206140300 } from './Migration20261206140300.js';
import { Migration20261206140400 } from './Migration20261206140400.js';
import { Migration20261206140200 } from './Migration20261206140200.js';
import { Migration20261206_backups } from './Migration20261206_backups.js';
import { Migration20261207_transaction_view } from './Migration20261207_transaction_view.js';
import { Migration20261207_transaction_notes } from './Migration20261207_transaction_notes.js';
import { Migration20261207_beneficiary_name_index } from './Migration20261207_beneficiary_name_index.js';
import { Migration20261207_rollups } from './Migration20261207_rollups.js';
import { Migration20261207_rollups_by_mode } from './Migration20261207_rollups_by_mode.js';
import { Migration20261207_committee_queue_index } from './Migration20261207_committee_queue_index.js';

/** The sqlite migrations, in order. Maintained by `pnpm migration:create`. */
export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261127025811', class: Migration20261127025811 },
  { name: 'Migration20261127033114', class: Migration20261127033114 },
  { name: 'Migration20261127033652', class: Migration20261127033652 },
  { name: 'Migration20261127044607', class: Migration20261127044607 },
  { name: 'Migration20261127045359', class: Migration20261127045359 },
  { name: 'Migration20261127045523', class: Migration20261127045523 },
  { name: 'Migration20261127051205', class: Migration20261127051205 },
  { name: 'Migration20261127063040', class: Migration20261127063040 },
  { name: 'Migration20261127075625', class: Migration20261127075625 },
  { name: 'Migration20261127085352', class: Migration20261127085352 },
  { name: 'Migration20261206140100', class: Migration20261206140100 },
  { name: 'Migration20261206140300', class: Migration20261206140300 },
  { name: 'Migration20261206140400', class: Migration20261206140400 },
  { name: 'Migration20261206140200', class: Migration20261206140200 },
  { name: 'Migration20261206_backups', class: Migration20261206_backups },
  { name: 'Migration20261207_transaction_view', class: Migration20261207_transaction_view },
  { name: 'Migration20261207_transaction_notes', class: Migration20261207_transaction_notes },
  { name: 'Migration20261207_beneficiary_name_index', class: Migration20261207_beneficiary_name_index },
  { name: 'Migration20261207_rollups', class: Migration20261207_rollups },
  { name: 'Migration20261207_committee_queue_index', class: Migration20261207_committee_queue_index },
  { name: 'Migration20261207_rollups_by_mode', class: Migration20261207_rollups_by_mode },
];
