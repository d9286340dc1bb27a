import type { EntityManager } from '@mikro-orm/core';
import { recordAudit, systemActor } from '../audit/audit.service.js';
import { text } from '../common/localized-text.js';
import { renderMarkdown } from './markdown.js';
import { DocumentVersion, LibraryDocument } from './library.entity.js';
import { DocumentVersionStatus } from './library.enums.js';
import { librarySeed, type LibrarySeedDocument } from './library-seed.data.js';
import { reindexDocument } from './library.service.js';
import { ensurePolicyIndexed } from './search.js';

/**
 * Loads the documents of the policy's tools, each with a published first version, and puts
 * them in the search index, with the active policy's text. Idempotent: a document whose tool
 * key or address already exists is left as it is, so a restart adds nothing.
 */
export async function loadLibrarySeed(
  em: EntityManager,
  seed: LibrarySeedDocument[] = librarySeed,
  now = new Date(),
): Promise<number> {
  const created = await em.transactional(async (tx) => {
    let created = 0;
    const reviewBy = new Date(now);
    reviewBy.setUTCFullYear(reviewBy.getUTCFullYear() + 1);
    for (const s of seed) {
      const exists = await tx.findOne(LibraryDocument, {
        $or: [{ toolKey: s.toolKey }, { slug: s.slug }],
      });
      if (exists) continue;
      const doc = tx.create(LibraryDocument, {
        slug: s.slug,
        kind: s.kind,
        title: text(s.title),
        toolKey: s.toolKey,
        owner: null,
        reviewBy: reviewBy.toISOString().slice(0, 10),
      });
      doc.tags = s.tags;
      const ar = renderMarkdown(s.body.ar);
      const en = renderMarkdown(s.body.en);
      const version = tx.create(DocumentVersion, {
        document: doc,
        number: 1,
        status: DocumentVersionStatus.PUBLISHED,
        body: text(s.body),
        html: text({ ar: ar.html, en: en.html }),
        toc: text({ ar: JSON.stringify(ar.toc), en: JSON.stringify(en.toc) }),
        changeNote: 'الإصدار الأول، أعدّه المشروع للجمعية.',
        publishedAt: now,
      });
      doc.currentVersion = version;
      await tx.flush();
      await reindexDocument(tx, doc);
      recordAudit(tx, systemActor('seed'), {
        action: 'libraryDocument.create',
        targetType: 'LibraryDocument',
        targetId: doc.id,
        after: { slug: doc.slug, toolKey: doc.toolKey, version: 1, published: true },
      });
      created++;
    }
    return created;
  });
  // Indexed here once rather than by the first search (a newly activated version still is).
  await ensurePolicyIndexed(em);
  return created;
}
