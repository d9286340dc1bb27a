import type { PayloadError } from '@/shared/graphql-errors';

/** The header the server requires on uploads (a cross-site form cannot send it). */
const UPLOAD_HEADER = 'X-Masar-Upload';
/** Largest file the server accepts (checked there as well). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export interface DocumentUploadInput {
  beneficiaryId: string;
  typeKey: string;
  issuedOn: string | null;
  expiresOn: string | null;
  /** The transaction to attach it to, when uploaded from one. */
  transactionId?: string | null;
  file: File;
}

/**
 * Sends a document to the beneficiary's file over the documents' HTTP endpoint (the session
 * cookie and the upload header), and answers as a mutation's payload would: `errors` with their
 * fields (type, issuedOn, expiresOn, file) for useForm to show under each, none when stored.
 * A file over the size limit is refused here, before a byte is sent. Stored, it answers the new
 * document's id as well.
 */
export async function uploadDocument(
  input: DocumentUploadInput,
): Promise<{ errors: PayloadError[]; documentId?: string | null }> {
  if (input.file.size > MAX_DOCUMENT_BYTES) {
    return { errors: [{ code: 'FILE_TOO_LARGE', field: 'file', message: '' }] };
  }
  const query = new URLSearchParams({ type: input.typeKey });
  if (input.issuedOn) query.set('issuedOn', input.issuedOn);
  if (input.expiresOn) query.set('expiresOn', input.expiresOn);
  if (input.transactionId) query.set('transactionId', input.transactionId);
  const res = await fetch(
    `/api/beneficiaries/${encodeURIComponent(input.beneficiaryId)}/documents?${query}`,
    {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        [UPLOAD_HEADER]: '1',
        'X-Filename': encodeURIComponent(input.file.name),
        'Content-Type': 'application/octet-stream',
      },
      body: input.file,
    },
  );
  if (res.ok) {
    // The stored document (`{ document }`): a delivery's receipt names it.
    const stored = (await res.json().catch(() => null)) as { document?: { id?: string } } | null;
    return { errors: [], documentId: stored?.document?.id ?? null };
  }
  const body = (await res.json().catch(() => null)) as {
    errors?: { code: string; message?: string; field?: string }[];
  } | null;
  const first = body?.errors?.[0];
  const code = first?.code ?? 'UNEXPECTED';
  // The file's own problems (type, size, empty) belong under the file field.
  const fileCode = ['UNSUPPORTED_TYPE', 'FILE_TOO_LARGE', 'EMPTY_FILE'].includes(code);
  return {
    errors: [
      {
        code,
        field: first?.field ?? (fileCode ? 'file' : null),
        message: first?.message ?? '',
      },
    ],
  };
}
