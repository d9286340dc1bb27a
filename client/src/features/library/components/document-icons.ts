import { mdiFileDocumentOutline, mdiFormSelect, mdiGavel, mdiBookOpenVariant } from '@mdi/js';

/** The icon of a kind of document (the same shapes as the policy page's tools). */
export function documentKindIcon(kind: string): string {
  switch (kind) {
    case 'REGULATION':
      return mdiGavel;
    case 'GUIDE':
      return mdiBookOpenVariant;
    case 'FORM':
      return mdiFormSelect;
    default:
      return mdiFileDocumentOutline;
  }
}
