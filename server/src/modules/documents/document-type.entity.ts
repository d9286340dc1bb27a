import { Embedded, Entity, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { LocalizedText } from '../common/localized-text.js';

/**
 * A kind of document a beneficiary's file holds (national ID copy, family register, income
 * proof, …), kept as data by managers. Its key is what a policy's checklist item names when the
 * item requires a document of the kind; a kind is never deleted (documents and past policies
 * name it), only switched off.
 */
@Entity({ tableName: 'document_type' })
export class DocumentType extends BaseEntity {
  /** Stable key (A–Z, digits, underscore), named by checklist items. */
  @Property({ type: 'string', length: 64 })
  @Unique()
  key!: string;

  @Embedded(() => LocalizedText, { prefix: 'name_' })
  name!: LocalizedText;

  /** Whether a document of this kind has an expiry date (and must be current to count). */
  @Property({ type: 'boolean' })
  expires: Opt<boolean> = false;

  /** Offered for new documents; an inactive kind stays on the documents that have it. */
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  /** Order in lists, from 1. */
  @Property({ type: 'integer' })
  position!: number;
}
