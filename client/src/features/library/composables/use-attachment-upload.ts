import { ref } from 'vue';
import { useErrorText } from '@/shared/composables/use-error-text';

/** The header the server requires on uploads (a cross-site form cannot send it). */
export const UPLOAD_HEADER = 'X-Masar-Upload';
/** Largest file the server accepts (checked there as well). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * Sends a file to a document's attachments over the library's HTTP endpoint, with the session
 * cookie and the custom header. Returns true when the file was stored.
 */
export function useAttachmentUpload() {
  const text = useErrorText('library');
  const uploading = ref(false);
  const error = ref<string | null>(null);

  async function upload(documentId: string, file: File): Promise<boolean> {
    error.value = null;
    if (file.size > MAX_UPLOAD_BYTES) {
      error.value = text.codeText('FILE_TOO_LARGE');
      return false;
    }
    uploading.value = true;
    try {
      const res = await fetch(
        `/api/library/documents/${encodeURIComponent(documentId)}/attachments`,
        {
          method: 'POST',
          credentials: 'same-origin',
          headers: {
            [UPLOAD_HEADER]: '1',
            'X-Filename': encodeURIComponent(file.name),
            'Content-Type': 'application/octet-stream',
          },
          body: file,
        },
      );
      if (res.ok) return true;
      const body = (await res.json().catch(() => null)) as { errors?: { code: string }[] } | null;
      const code = body?.errors?.[0]?.code;
      error.value = text.codeText(code) ?? text.codeText('UNEXPECTED');
      return false;
    } catch {
      error.value = text.codeText('NETWORK');
      return false;
    } finally {
      uploading.value = false;
    }
  }

  return { upload, uploading, error };
}
