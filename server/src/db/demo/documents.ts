/**
 * Demo documents (documents module): on each beneficiary's file a national ID or residence copy
 * (most current, some expired), often the family register, and for some a proof of income or a
 * lease. Every row points at one small sample PDF, stored once under the data directory's
 * attachments (files are named by their SHA-256), so a download of any demo document works;
 * the delivery receipts (support.ts) name a sample PDF or signature PNG the same way.
 * Drawn from a random source of their own, so the rest of the demo data stays the same for a seed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { attachmentsDir } from '../../modules/common/stored-files.js';
import type { Person } from './beneficiaries.js';
import { DAY, type DemoContext } from './demo-context.js';
import type { Random } from './random.js';

/** A one-page PDF saying what it is. */
const samplePdf = (text: string) => {
  const line = `BT /F1 18 Tf 72 760 Td (${text}) Tj ET`;
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
      `4 0 obj << /Length ${line.length} >> stream`,
      line,
      'endstream endobj',
      '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n'),
  );
};

/** A 120×40 black-and-white PNG of a signature, as one drawn on screen is kept. */
const SIGNATURE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAHgAAAAoAQAAAAAdkQOIAAAA1UlEQVR42sXRPQrCMBQH8FccOrYHEIpHcOsgZvQgnqCbg1ihgk72CF5FQejoFYQOXQ0uEUKeL8+Y2uIomCH8f0nIywdgt8EfvO15YEPtbdin1mMb1t46s2HXemHDMPdWb5dspSmaKXWhs6BFK8GFyA8DaCbWI7ZEyDWg4ELsjVCACW3cWN/RCFXjoVAv08kTScUCpWfkwnkfSxORg4rmaOycZrQHYOx8XM75vGmEeGkQr3xvQE2uaA2a0L8f217HuS6779u3PPScdK3Eh2/gW/DNP/3/J9wJDAb9K5ieAAAAAElFTkSuQmCC',
  'base64',
);

export interface SampleFile {
  sha256: string;
  size: number;
  contentType: string;
}

const sample = (bytes: Buffer, contentType: string) => ({
  bytes,
  file: {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    contentType,
  } satisfies SampleFile,
});

/**
 * The files every demo row of a kind names: the documents on file, the scanned delivery
 * receipts, and the signatures drawn on screen (support.ts).
 */
const SAMPLES = {
  document: sample(samplePdf('Masar demo document - sample'), 'application/pdf'),
  receipt: sample(samplePdf('Masar demo delivery receipt - sample'), 'application/pdf'),
  signature: sample(SIGNATURE_PNG, 'image/png'),
};

export type SampleKind = keyof typeof SAMPLES;
export const sampleFile = (kind: SampleKind): SampleFile => SAMPLES[kind].file;

/** Stores the sample files under `dataDir`'s attachments (each once, named by its SHA-256). */
export function storeSampleFiles(dataDir: string): void {
  const dir = attachmentsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  for (const { bytes, file } of Object.values(SAMPLES)) {
    const target = path.join(dir, file.sha256);
    if (!fs.existsSync(target)) fs.writeFileSync(target, bytes);
  }
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Writes the documents of `people`. `types` maps the document types' keys to their ids (the
 * migration's first list); a key missing there is skipped.
 */
export function writeDocuments(
  ctx: DemoContext,
  rnd: Random,
  people: readonly Person[],
  types: ReadonlyMap<string, number>,
): void {
  const { tables, ids } = ctx;
  const file = sampleFile('document');
  const add = (p: Person, key: string, issued: number, expires: number | null, name: string) => {
    const type = types.get(key);
    if (type === undefined) return;
    tables.documents.add({
      id: ids.documents++,
      createdAt: issued + rnd.int(1, 30) * DAY,
      updatedAt: issued + rnd.int(1, 30) * DAY,
      beneficiary: p.id,
      type,
      issuedOn: day(issued),
      expiresOn: expires === null ? null : day(expires),
      filename: name,
      contentType: file.contentType,
      size: file.size,
      sha256: file.sha256,
      addedBy: rnd.pick(ctx.users.staff).id,
      removedAt: null,
      removedBy: null,
    });
  };
  for (const p of people) {
    // An ID copy valid ten years (a residence permit: one to two), one in eight expired.
    const idIssued = ctx.start - rnd.int(30, 3_000) * DAY;
    const idYears = p.nationalId.startsWith('1') ? 10 : rnd.int(1, 2);
    const expired = rnd.chance(0.125);
    const idExpires = expired
      ? ctx.now - rnd.int(1, 300) * DAY
      : Math.max(idIssued + idYears * 365 * DAY, ctx.now + rnd.int(30, 900) * DAY);
    add(p, 'NATIONAL_ID_COPY', Math.min(idIssued, idExpires - DAY), idExpires, 'id-copy.pdf');
    if (rnd.chance(0.6)) {
      add(p, 'FAMILY_REGISTER', ctx.start - rnd.int(30, 2_000) * DAY, null, 'family-register.pdf');
    }
    if (rnd.chance(0.35)) {
      const issued = ctx.now - rnd.int(10, 200) * DAY;
      add(p, 'INCOME_PROOF', issued, issued + 90 * DAY, 'income-proof.pdf');
    }
    if (rnd.chance(0.2)) {
      const issued = ctx.now - rnd.int(30, 300) * DAY;
      add(p, 'LEASE', issued, issued + 365 * DAY, 'lease.pdf');
    }
  }
}
