import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Role } from '../common/role.js';
import type { User } from '../accounts/user.entity.js';
import {
  DocumentVersion,
  type DocumentAttachment,
  type LibraryDocument,
} from './library.entity.js';
import { DocumentVersionStatus } from './library.enums.js';

/** Roles that write the library: create documents, edit them and publish versions. */
export const LIBRARY_EDITOR_ROLES: readonly Role[] = [Role.ADMIN, Role.MANAGER];

export const isEditor = (user: User | null) => !!user?.hasAnyRole(LIBRARY_EDITOR_ROLES);

/** Whether the user may see the document's drafts: editors, and the document's owner. */
export function canSeeDrafts(user: User | null, doc: LibraryDocument): boolean {
  if (!user) return false;
  if (isEditor(user)) return true;
  return doc.owner?.id === user.id;
}

/** Whether the user may read the document at all: published ones for everyone signed in. */
export const canRead = (user: User | null, doc: LibraryDocument) =>
  !!user && (doc.currentVersion != null || canSeeDrafts(user, doc));

/** The conditions a reader's list uses: published documents, plus drafts they may see. */
export function visibleTo(user: User): FilterQuery<LibraryDocument> {
  if (isEditor(user)) return {};
  return { $or: [{ currentVersion: { $ne: null } }, { owner: user.id }] };
}

/**
 * Of a document's attachments, those the user may see: each belongs to the version that was the
 * latest when it was added, and shows only to those who may read that version (a draft's files
 * only to its document's owner, managers and admins). One statement, and only when needed.
 */
export async function readableAttachments(
  em: EntityManager,
  user: User | null,
  doc: LibraryDocument,
  attachments: DocumentAttachment[],
): Promise<DocumentAttachment[]> {
  if (!user || !canRead(user, doc)) return [];
  if (canSeeDrafts(user, doc)) return attachments;
  const numbers = [...new Set(attachments.map((a) => a.versionNumber))];
  if (numbers.length === 0) return [];
  const published = await em.find(DocumentVersion, {
    document: doc.id,
    number: { $in: numbers },
    status: DocumentVersionStatus.PUBLISHED,
  });
  const readable = new Set(published.map((v) => v.number));
  return attachments.filter((a) => readable.has(a.versionNumber));
}

/** Today's date (UTC) as YYYY-MM-DD, the format of `reviewBy`. */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);
