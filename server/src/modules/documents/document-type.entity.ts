import { Entity, Property, type Opt } from '@mikro-orm/core';
import { KindEntity } from '../common/kind.entity.js';

/**
 * A kind of document a beneficiary's file holds (national ID copy, family register, income
 * proof, …), kept as data by managers. Its key is what a policy's checklist item names when the
 * item requires a document of the kind.
 */
@Entity({ tableName: 'document_type' })
export class DocumentType extends KindEntity {
  /** Whether a document of this kind has an expiry date (and must be current to count). */
  @Property({ type: 'boolean' })
  expires: Opt<boolean> = false;
}
