import { mdiAccountEditOutline, mdiAccountPlusOutline } from '@mdi/js';

/** What a FormDialog says of itself in one of its two cases: title, subtitle, submit label. */
export interface DialogHeadingTexts {
  title: string;
  subtitle?: string;
  /** The submit button's words (default: FormDialog's Save). */
  submitLabel?: string;
}

/**
 * The heading of a dialog that either registers a person (a user, a beneficiary) or edits one:
 * FormDialog's title, subtitle, icon and submit label for the case at hand, bound with
 * `v-bind="heading"`.
 */
export function personDialogHeading(
  editing: boolean,
  edit: DialogHeadingTexts,
  create: DialogHeadingTexts,
): DialogHeadingTexts & { icon: string } {
  return editing
    ? { icon: mdiAccountEditOutline, ...edit }
    : { icon: mdiAccountPlusOutline, ...create };
}
