import { computed, ref, watch, type Ref } from 'vue';
import { useRouter } from 'vue-router';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { useI18n } from 'vue-i18n';
import {
  DocumentCreateDocument,
  DocumentUpdateDocument,
  DocumentVersionSaveDocument,
  LibraryDocumentSourceDocument,
  type DocumentKind,
} from '@/gql/graphql';
import { useForm } from '@/shared/composables/use-form';
import { documentPath } from '../index';

/** The input fields the server may name in its errors. */
export const EDITOR_FIELDS = [
  'slug',
  'kind',
  'titleAr',
  'titleEn',
  'tags',
  'toolKey',
  'reviewBy',
  'bodyAr',
  'bodyEn',
  'changeNote',
] as const;

/** What the editor's form holds: the document's details and the text of its next version. */
export interface DocumentEditorValues {
  slug: string;
  kind: DocumentKind;
  titleAr: string;
  titleEn: string;
  tags: string[];
  toolKey: string | null;
  /** `YYYY-MM-DD`; '' or null when there is none. */
  reviewBy: string | null;
  changeNote: string;
  bodyAr: string;
  bodyEn: string;
}

const blank = (): DocumentEditorValues => ({
  slug: '',
  kind: 'GUIDE',
  titleAr: '',
  titleEn: '',
  tags: [],
  toolKey: null,
  reviewBy: '',
  changeNote: '',
  bodyAr: '',
  bodyEn: '',
});

/**
 * The editor of one document (`slug`) or of a new one (no slug): loads its source, and saves
 * its details, its text as a draft, or publishes it; the server's errors go to the fields.
 */
export function useDocumentEditor(slug: Ref<string | undefined>) {
  const { t } = useI18n();
  const router = useRouter();
  const editing = computed(() => !!slug.value);
  const form = useForm(EDITOR_FIELDS, { scope: 'library' });
  const values = ref<DocumentEditorValues>(blank());
  const notice = ref<string | null>(null);

  const source = useQuery(
    LibraryDocumentSourceDocument,
    () => ({ slug: slug.value ?? '' }),
    () => ({ enabled: editing.value, fetchPolicy: 'network-only' }),
  );
  const doc = computed(() => source.result.value?.libraryDocument ?? null);
  watch(
    doc,
    (d) => {
      if (!d) return;
      const body = d.draftVersion?.body ?? d.currentVersion?.body ?? { ar: '', en: '' };
      values.value = {
        slug: d.slug,
        kind: d.kind,
        titleAr: d.title.ar,
        titleEn: d.title.en,
        tags: [...d.tags],
        toolKey: d.toolKey ?? null,
        reviewBy: d.reviewBy ?? '',
        changeNote: '',
        bodyAr: body.ar,
        bodyEn: body.en,
      };
    },
    { immediate: true },
  );

  const { mutate: create } = useMutation(DocumentCreateDocument);
  const { mutate: update, loading: updating } = useMutation(DocumentUpdateDocument);
  const { mutate: saveVersion } = useMutation(DocumentVersionSaveDocument);

  const open = (to: string) => router.push(documentPath(to));

  async function saveNew(publish: boolean): Promise<void> {
    const v = values.value;
    const payload = await form.run(async () => {
      const input = {
        slug: v.slug.trim(),
        kind: v.kind,
        titleAr: v.titleAr,
        titleEn: v.titleEn,
        tags: v.tags,
        toolKey: v.toolKey,
        reviewBy: v.reviewBy || null,
        bodyAr: v.bodyAr,
        bodyEn: v.bodyEn,
        changeNote: v.changeNote || null,
        publish,
      };
      return (await create({ input }))?.data?.documentCreate;
    });
    if (payload?.document) await open(payload.document.slug);
  }

  async function saveDetails(): Promise<void> {
    const v = values.value;
    const id = doc.value?.id;
    if (!id) return;
    const payload = await form.run(async () => {
      const input = {
        id,
        slug: v.slug.trim(),
        kind: v.kind,
        titleAr: v.titleAr,
        titleEn: v.titleEn,
        tags: v.tags,
        toolKey: v.toolKey ?? '',
        reviewBy: v.reviewBy ?? '', // '' removes the date
      };
      return (await update({ input }))?.data?.documentUpdate;
    });
    if (!payload) return;
    notice.value = t('library.editor.saved');
    if (payload.document && payload.document.slug !== slug.value) {
      await router.replace(`/library/${payload.document.slug}/edit`);
    }
  }

  async function saveText(publish: boolean): Promise<void> {
    const v = values.value;
    const current = doc.value;
    if (!current) return;
    const payload = await form.run(async () => {
      const input = {
        documentId: current.id,
        bodyAr: v.bodyAr,
        bodyEn: v.bodyEn,
        changeNote: v.changeNote || null,
        publish,
      };
      return (await saveVersion({ input }))?.data?.documentVersionSave;
    });
    if (!payload) return;
    if (publish) await open(current.slug);
    else notice.value = t('library.editor.saved');
  }

  /** Saves the text: a new document's first version, or the next version of this one. */
  const save = (publish: boolean) => (editing.value ? saveText(publish) : saveNew(publish));

  return { editing, form, values, doc, notice, updating, saveDetails, save };
}
