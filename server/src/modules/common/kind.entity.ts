import { Embedded, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base.entity.js';
import { LocalizedText } from './localized-text.js';

/**
 * A kind kept as data by managers (document types, support types): a stable key that other data
 * names, a name in both languages, an order, and whether it is still offered. A kind is never
 * deleted (rows and past policies name it), only switched off. `kinds.ts` adds and changes them.
 */
export abstract class KindEntity extends BaseEntity {
  /** Stable key (A–Z, digits, underscore). */
  @Property({ type: 'string', length: 64 })
  @Unique()
  key!: string;

  @Embedded(() => LocalizedText, { prefix: 'name_' })
  name!: LocalizedText;

  /** Offered for new rows; an inactive kind stays on the rows that have it. */
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  /** Order in lists, from 1. */
  @Property({ type: 'integer' })
  position!: number;
}
