import type { Ref } from 'vue';
import type { FeedbackItemFieldsFragment } from '@/gql/graphql';
import { useForm, type PayloadLike } from '@/shared/composables/use-form';

/** What feedbackCreate and feedbackUpdate give back. */
interface ItemPayload extends PayloadLike {
  item?: FeedbackItemFieldsFragment | null;
}

/**
 * A feedback dialog's form: the server's errors under its `fields` (worded under
 * `errors.feedback`), and `save(send)`, which sends the mutation through the form and, once the
 * item is saved, closes the dialog (`open`) and hands the item to `saved`.
 */
export function useFeedbackForm<F extends string>(
  fields: readonly F[],
  open: Ref<boolean>,
  saved: (item: FeedbackItemFieldsFragment) => void,
) {
  const form = useForm(fields, { scope: 'feedback' });
  async function save(send: () => Promise<ItemPayload | null | undefined>): Promise<void> {
    const payload = await form.run(send);
    if (!payload?.item) return;
    open.value = false;
    saved(payload.item);
  }
  return { form, save };
}
