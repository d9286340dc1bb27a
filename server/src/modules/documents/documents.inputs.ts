import { Field, ID, InputType } from 'type-graphql';
import { Length } from 'class-validator';
import { LocalizedTextInput } from '../policy/policy-drafts.inputs.js';

@InputType({ description: 'A document type to add (no id) or change (by id).' })
export class DocumentTypeSaveInput {
  @Field(() => ID, { nullable: true, description: 'The type to change; none to add one.' })
  id?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For a new type: its stable key, A–Z, digits and _ (INVALID_KEY, DUPLICATE_KEY). A type’s key never changes.',
  })
  @Length(0, 64)
  key?: string | null;

  @Field(() => LocalizedTextInput, { description: 'Its name in Arabic and English (≤ 120 each).' })
  name!: LocalizedTextInput;

  @Field(() => Boolean, { description: 'Documents of this kind have an expiry date.' })
  expires!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Offered for new documents (default true for a new type; unchanged when null).',
  })
  active?: boolean | null;
}

@InputType({ description: 'A document to take off a beneficiary’s file.' })
export class BeneficiaryDocumentRemoveInput {
  @Field(() => ID, { description: 'The document.' })
  id!: string;
}

@InputType({ description: 'A document of the beneficiary’s file to attach to their transaction.' })
export class TransactionDocumentAttachInput {
  @Field(() => ID, { description: 'The transaction.' })
  transactionId!: string;

  @Field(() => ID, { description: 'The document (on the same beneficiary’s file).' })
  documentId!: string;
}

@InputType({ description: 'A document to detach from a transaction (it stays on the file).' })
export class TransactionDocumentDetachInput {
  @Field(() => ID, { description: 'The transaction.' })
  transactionId!: string;

  @Field(() => ID, { description: 'The document.' })
  documentId!: string;
}
