import type { LibrarySearchQuery } from '@/gql/graphql';
import { documentPath, toolDocumentPath } from '../index';

export type SearchHit = LibrarySearchQuery['librarySearch']['edges'][number]['node'];

/** Where a search hit opens: its document, or the section of the policy page it comes from. */
export function hitLink(hit: SearchHit): string {
  switch (hit.kind) {
    case 'DOCUMENT':
      return hit.document ? documentPath(hit.document.slug) : '/library';
    case 'TOOL':
      return toolDocumentPath(hit.itemKey ?? '');
    case 'CHANNEL':
      return '/policy#channels';
    case 'STEP':
      return '/policy#steps';
    case 'OBJECTIVE':
      return '/policy#objectives';
    default:
      return hit.itemKey === 'general-objective' ? '/policy#general-objective' : '/policy#preface';
  }
}
