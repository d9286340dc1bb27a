import { ref, shallowRef, watch, type Ref } from 'vue';

/** A survey link just issued (from a closing action's payload or a re-issue): shown once. */
export interface IssuedSurveyLink {
  token: string;
  expiresAt: string;
}

/** The public address of a survey token: `<this site>/s/<token>`. */
export function surveyLinkUrl(token: string, origin: string = window.location.origin): string {
  return `${origin}/s/${encodeURIComponent(token)}`;
}

/**
 * An SVG QR code of `text` as a data URL (empty while it is drawn or when there is no text). The
 * QR code library is fetched with the first code drawn, not with the page.
 */
export function useQrCode(text: Ref<string | null | undefined>) {
  const dataUrl = ref('');
  watch(
    text,
    async (value) => {
      if (!value) {
        dataUrl.value = '';
        return;
      }
      const { default: QRCode } = await import('qrcode');
      const svg = await QRCode.toString(value, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
        color: { dark: '#07443f', light: '#ffffff' },
      });
      if (text.value === value) {
        dataUrl.value = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      }
    },
    { immediate: true },
  );
  return dataUrl;
}

/**
 * For the transaction page: after a closing action, `show(payload.surveyInvitation)` opens
 * `<SurveyLinkDialog v-model="open" :issued="issued" />` with the link, its QR code and expiry.
 */
export function useIssuedSurveyLink() {
  const issued = shallowRef<IssuedSurveyLink | null>(null);
  const open = ref(false);
  function show(link: IssuedSurveyLink | null | undefined): void {
    if (!link) return;
    issued.value = { token: link.token, expiresAt: link.expiresAt };
    open.value = true;
  }
  return { issued, open, show };
}
