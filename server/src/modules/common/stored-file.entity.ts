import { Property } from '@mikro-orm/core';
import { BaseEntity } from './base.entity.js';

/**
 * The columns of a row naming an uploaded file (stored-files.ts): the library's attachments and
 * the beneficiaries' documents extend it.
 */
export abstract class StoredFileEntity extends BaseEntity {
  /** The name it was uploaded under, cleaned (no path, no control characters). */
  @Property({ type: 'string', length: 200 })
  filename!: string;

  /** The type found in the file's first bytes, not the one its name or the browser claimed. */
  @Property({ type: 'string', length: 40 })
  contentType!: string;

  @Property({ type: 'integer' })
  size!: number;

  /** SHA-256 of the content (hex); also the stored file's name. */
  @Property({ type: 'string', length: 64 })
  sha256!: string;
}
