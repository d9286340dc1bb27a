/**
 * Uploaded files (the library's attachments, the beneficiaries' documents): their type read from
 * their first bytes (PDF, PNG, JPEG), their names cleaned, and a request body streamed to disk
 * with its size limited and its SHA-256 computed on the way (uploads.ts routes the uploads
 * here). Every file lives under MASAR_DATA_DIR/attachments, named by its SHA-256, so the backup
 * copies one directory and the same content is stored once.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Largest attachment accepted. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const SIGNATURES: { type: string; extension: string; magic: number[] }[] = [
  { type: 'application/pdf', extension: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  {
    type: 'image/png',
    extension: 'png',
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { type: 'image/jpeg', extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
];

/** The type of a file from its first bytes, or null when it is none of PDF, PNG, JPEG. */
export function detectType(bytes: Uint8Array): { type: string; extension: string } | null {
  const found = SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b));
  return found ? { type: found.type, extension: found.extension } : null;
}

/** A file name safe to store and to send back: no path, no control or quote characters. */
export function cleanFilename(raw: string, extension: string): string {
  const base = path
    .basename(raw.replace(/\\/g, '/'))
    // Control characters (C0, DEL, C1) and characters file systems or headers reject.
    .replace(/[\p{Cc}"<>|:*?]/gu, '')
    .trim()
    .slice(0, 150);
  const stem = base.replace(/\.[^.]*$/, '') || 'attachment';
  return `${stem}.${extension}`;
}

export const attachmentsDir = (dataDir: string) => path.join(dataDir, 'attachments');

export type Problem = { status: number; code: string; message: string };
export const problem = (status: number, code: string, message: string): Problem => ({
  status,
  code,
  message,
});

/** A body received into a temporary file, with what was learnt on the way. */
export interface ReceivedFile {
  /** The temporary file, next to the stored attachments (renamed into place once recorded). */
  temp: string;
  size: number;
  sha256: string;
  type: { type: string; extension: string };
}

/** The longest signature: a file's type is known once this many bytes have arrived. */
const SIGNATURE_BYTES = Math.max(...SIGNATURES.map((s) => s.magic.length));

class Refusal extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

/**
 * Streams a request body into a temporary file under the attachments directory, hashing it on
 * the way: memory holds one chunk, not the file. Stops with FILE_TOO_LARGE past the size limit,
 * and with UNSUPPORTED_TYPE as soon as the first bytes show the file is not a PDF, PNG or JPEG.
 * On any refusal or failure the temporary file is removed before this returns.
 */
export async function receiveFile(
  body: http.IncomingMessage,
  dataDir: string,
): Promise<ReceivedFile | Problem> {
  const dir = attachmentsDir(dataDir);
  await fs.promises.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `incoming-${randomBytes(8).toString('hex')}.part`);
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  let type: ReceivedFile['type'] | null = null;
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > MAX_ATTACHMENT_BYTES) {
        return done(
          new Refusal(
            problem(413, 'FILE_TOO_LARGE', `Files are limited to ${MAX_ATTACHMENT_BYTES} bytes.`),
          ),
        );
      }
      if (!type && head.length < SIGNATURE_BYTES) {
        head = Buffer.concat([head, chunk.subarray(0, SIGNATURE_BYTES - head.length)]);
        if (head.length >= SIGNATURE_BYTES) {
          type = detectType(head);
          if (!type) return done(new Refusal(unsupported()));
        }
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  // Not `pipeline(body, …)`: on a refusal it would destroy the request and its socket before
  // the answer could be sent. The body is piped by hand, and a refusal only unpipes it.
  const out = fs.createWriteStream(temp, { flags: 'wx' });
  const written = pipeline(check, out);
  const cutOff = () => {
    if (!body.complete) check.destroy(new Error('The upload was cut off.'));
  };
  body.once('close', cutOff);
  body.once('error', cutOff);
  body.pipe(check);
  // A client that left before this started (between the checks and here) sends no 'close' now.
  if (body.destroyed) cutOff();
  try {
    await written;
    if (size === 0) throw new Refusal(problem(400, 'EMPTY_FILE', 'The file is empty.'));
    type ??= detectType(head);
    if (!type) throw new Refusal(unsupported());
    return { temp, size, sha256: hash.digest('hex'), type };
  } catch (err) {
    body.unpipe(check);
    // A stream destroyed before its file was open still opens (creates) it, then closes: remove
    // the file only once it is closed, or a cut-off upload would leave its part behind.
    if (!out.closed) await new Promise<void>((closed) => out.once('close', () => closed()));
    await fs.promises.rm(temp, { force: true });
    if (err instanceof Refusal) return err.problem;
    throw err;
  } finally {
    body.off('close', cutOff);
    body.off('error', cutOff);
  }
}

const unsupported = () =>
  problem(415, 'UNSUPPORTED_TYPE', 'Only PDF, PNG and JPEG files are accepted.');
