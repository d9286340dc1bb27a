import { Embedded, Entity, Index, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { LocalizedText } from '../common/localized-text.js';
import { HolidayKind, HolidayStatus } from './calendar.enums.js';

/**
 * An official holiday of the working calendar: a run of Riyadh days (first and last included)
 * on which no working-day window counts. The start pre-fills Founding Day, National Day and both
 * Eids for the years around now (`seedKey` says which, so a restart adds nothing and a removed
 * one stays removed); admins and managers confirm, correct, add and remove them.
 */
@Entity({ tableName: 'holiday' })
@Index({ properties: ['startDate'] })
@Unique({ properties: ['seedKey'] })
export class Holiday extends BaseEntity {
  /** First day off, YYYY-MM-DD (Riyadh). */
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  /** Last day off, YYYY-MM-DD (Riyadh), on or after the first. */
  @Property({ type: 'string', length: 10 })
  endDate!: string;

  @Embedded(() => LocalizedText, { prefix: 'name_' })
  name!: LocalizedText;

  @Property({ type: 'string', length: 16 })
  kind!: HolidayKind;

  @Property({ type: 'string', length: 16 })
  status!: HolidayStatus;

  /** What the start's pre-fill made it as (e.g. `EID_AL_FITR:1447`); null when added by hand. */
  @Property({ type: 'string', length: 32, nullable: true })
  seedKey?: string | null;

  /** When it was removed (kept so the pre-fill does not bring it back); null while in force. */
  @Property({ type: 'Date', nullable: true })
  removedAt?: Date | null;
}
