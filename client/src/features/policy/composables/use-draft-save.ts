import { ref } from 'vue';
import { useMutation } from '@vue/apollo-composable';
import { useI18n } from 'vue-i18n';
import { PolicyDraftSaveDocument } from '@/gql/graphql';
import { useErrorText } from '@/shared/composables/use-error-text';
import type { PayloadError } from '@/shared/graphql-errors';
import type { DraftStore } from './use-draft-store';
import { draftToInput, type DraftContent } from './policy-draft';

/**
 * Saving the draft whole. The server's problems are pinned to their fields by the store (their
 * paths are indices into the content as sent); a failed request becomes `formError`.
 */
export function useDraftSave(store: DraftStore) {
  const { t } = useI18n();
  const errorText = useErrorText('policy');
  const { mutate, loading: saving } = useMutation(PolicyDraftSaveDocument);
  const notice = ref<string | null>(null);
  const formError = ref<string | null>(null);

  function translate(e: PayloadError): string {
    let code = e.code;
    // REQUIRED means a missing text, a missing committee window, or an empty section.
    if (code === 'REQUIRED' && e.field && !/\.(ar|en)$/.test(e.field)) {
      code = e.field.endsWith('windowDays') ? 'REQUIRED_WINDOW' : 'REQUIRED_LIST';
    }
    return errorText.payloadText({ ...e, code });
  }

  /** Saves; true when saved, false when the server refused it (or the request failed). */
  async function save(): Promise<boolean> {
    const d = store.draft.value;
    if (!d) return false;
    formError.value = null;
    // The content as sent: the server's error paths are indices into it.
    const sent = JSON.parse(JSON.stringify(d)) as DraftContent;
    try {
      const res = await mutate({ input: draftToInput(d) });
      const payload = res?.data?.policyDraftSave;
      if (!payload) return false;
      if (payload.errors.length) {
        store.showErrors(payload.errors, translate, sent);
        return false;
      }
      store.markSaved();
      notice.value = t('policyVersions.editor.saved');
      return true;
    } catch (err) {
      formError.value = errorText.exceptionText(err);
      return false;
    }
  }

  return { save, saving, notice, formError };
}
