import { onScopeDispose, ref } from 'vue';

/**
 * Copies text and says so for a moment. The Clipboard API needs a secure context (HTTPS or
 * localhost); elsewhere a hidden text area and `execCommand('copy')` still work in browsers.
 */
export function useClipboard(resetAfterMs = 2500) {
  const copied = ref(false);
  const failed = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function fallbackCopy(text: string): boolean {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }

  async function copy(text: string): Promise<boolean> {
    let ok = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
        ok = true;
      } else {
        ok = fallbackCopy(text);
      }
    } catch {
      ok = fallbackCopy(text);
    }
    copied.value = ok;
    failed.value = !ok;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      copied.value = false;
      failed.value = false;
    }, resetAfterMs);
    return ok;
  }

  onScopeDispose(() => {
    if (timer !== undefined) clearTimeout(timer);
  });
  return { copy, copied, failed };
}
