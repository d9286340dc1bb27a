import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { DocumentKind } from './library.enums.js';
import { MAX_MARKDOWN_LENGTH } from './markdown.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TOOL_KEY = /^[A-Z][A-Z0-9_]{1,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Filter for the library list; all given conditions must hold.' })
export class LibraryDocumentFilter {
  @Field(() => DocumentKind, { nullable: true, description: 'Only this kind.' })
  kind?: DocumentKind | null;

  @Field(() => String, { nullable: true, description: 'Only documents carrying this tag.' })
  @IsOptional()
  @Length(1, 40)
  tag?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only published documents; false: only drafts (for those who may see them).',
  })
  published?: boolean | null;
}

@InputType({ description: 'A new library document and its first version.' })
export class DocumentCreateInput {
  @Field(() => String, {
    description: 'Address: lower-case letters, digits and hyphens, e.g. `volunteer-guide`.',
  })
  @Length(2, 80)
  @Matches(SLUG)
  slug!: string;

  @Field(() => DocumentKind, { description: 'Kind of document.' })
  kind!: DocumentKind;

  @Field(() => String, { description: 'Arabic title.' })
  @Length(2, 200)
  titleAr!: string;

  @Field(() => String, { description: 'English title.' })
  @Length(2, 200)
  titleEn!: string;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Tags (at most 12, each up to 40 characters).',
  })
  @ArrayMaxSize(12)
  @Length(1, 40, { each: true })
  tags!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Key of the policy tool this document is, if any.',
  })
  @IsOptional()
  @Matches(TOOL_KEY)
  toolKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owner (a user id); the caller when omitted.' })
  @IsOptional()
  @Matches(/^\d{1,12}$/)
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Review-by date, YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE)
  reviewBy?: string | null;

  @Field(() => String, { description: 'Arabic text, Markdown.' })
  @MaxLength(MAX_MARKDOWN_LENGTH)
  bodyAr!: string;

  @Field(() => String, { description: 'English text, Markdown.' })
  @MaxLength(MAX_MARKDOWN_LENGTH)
  bodyEn!: string;

  @Field(() => String, { nullable: true, description: 'What this version is, in a sentence.' })
  @IsOptional()
  @MaxLength(500)
  changeNote?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'True: publish the first version at once.',
  })
  publish!: boolean;
}

@InputType({ description: 'Changes to a document’s metadata; omitted fields stay as they are.' })
export class DocumentUpdateInput {
  @Field(() => ID, { description: 'The document.' })
  @Matches(/^\d{1,12}$/)
  id!: string;

  @Field(() => String, { nullable: true, description: 'New address.' })
  @IsOptional()
  @Length(2, 80)
  @Matches(SLUG)
  slug?: string | null;

  @Field(() => DocumentKind, { nullable: true, description: 'New kind.' })
  kind?: DocumentKind | null;

  @Field(() => String, { nullable: true, description: 'New Arabic title.' })
  @IsOptional()
  @Length(2, 200)
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'New English title.' })
  @IsOptional()
  @Length(2, 200)
  titleEn?: string | null;

  @Field(() => [String], { nullable: true, description: 'New tags (replace the old ones).' })
  @IsOptional()
  @ArrayMaxSize(12)
  @Length(1, 40, { each: true })
  tags?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Policy tool key; an empty string unlinks the tool.',
  })
  @IsOptional()
  @Matches(/^$|^[A-Z][A-Z0-9_]{1,63}$/)
  toolKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'New owner (a user id).' })
  @IsOptional()
  @Matches(/^\d{1,12}$/)
  ownerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New review-by date, YYYY-MM-DD; an empty string clears it.',
  })
  @IsOptional()
  @Matches(/^$|^\d{4}-\d{2}-\d{2}$/)
  reviewBy?: string | null;
}

@InputType({ description: 'The text of a document’s next version (or of its open draft).' })
export class DocumentVersionSaveInput {
  @Field(() => ID, { description: 'The document.' })
  @Matches(/^\d{1,12}$/)
  documentId!: string;

  @Field(() => String, { description: 'Arabic text, Markdown.' })
  @MaxLength(MAX_MARKDOWN_LENGTH)
  bodyAr!: string;

  @Field(() => String, { description: 'English text, Markdown.' })
  @MaxLength(MAX_MARKDOWN_LENGTH)
  bodyEn!: string;

  @Field(() => String, { nullable: true, description: 'What changed, in a sentence.' })
  @IsOptional()
  @MaxLength(500)
  changeNote?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'True: publish it now; false: keep it as a draft.',
  })
  publish!: boolean;
}

@InputType({ description: 'A draft version to publish.' })
export class DocumentVersionPublishInput {
  @Field(() => ID, { description: 'The draft version.' })
  @Matches(/^\d{1,12}$/)
  id!: string;
}
