import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import DocumentPage from './DocumentPage.vue';
import { LibraryDocumentDocument } from '@/gql/graphql';
import { createAppRouter } from '@/router';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { sessionFor, settle, userWith } from '@/shared/testing/session-fixtures';
import type { AppLocale } from '@/shared/locale';

const text = (ar: string, en: string) => ({ __typename: 'LocalizedText', ar, en });
const heading = (id: string, anchor: string, level: number, t: string) => ({
  __typename: 'DocumentHeading',
  id,
  anchor,
  level,
  text: t,
});

function documentFixture(canEdit: boolean) {
  return {
    __typename: 'LibraryDocument',
    id: '4',
    slug: 'support-request-form',
    kind: 'FORM',
    title: text('طلب دعم مستفيد', 'Beneficiary support request form'),
    tags: ['نموذج'],
    toolKey: 'SUPPORT_REQUEST_FORM',
    published: true,
    reviewBy: '2027-11-27',
    reviewOverdue: false,
    ownerName: null,
    updatedAt: '2026-11-27T05:00:00.000Z',
    ownerId: null,
    canEdit,
    createdAt: '2026-11-27T05:00:00.000Z',
    currentVersion: {
      __typename: 'DocumentVersion',
      id: '4',
      number: 1,
      status: 'PUBLISHED',
      publishedAt: '2026-11-27T05:00:00.000Z',
      publishedByName: null,
      changeNote: null,
      html: text(
        '<h1 id="sec-نموذج">نموذج</h1><h2 id="sec-بيانات-مقدم-الطلب">بيانات مقدم الطلب</h2><p>الاسم</p><h2 id="sec-الحساب-البنكي">الحساب البنكي</h2><p>الآيبان</p>',
        '<h1 id="sec-form">Form</h1><h2 id="sec-applicant">Applicant</h2><p>Name</p>',
      ),
      tocAr: [
        heading('4:ar:1', 'sec-بيانات-مقدم-الطلب', 2, 'بيانات مقدم الطلب'),
        heading('4:ar:2', 'sec-الحساب-البنكي', 2, 'الحساب البنكي'),
      ],
      tocEn: [heading('4:en:1', 'sec-applicant', 2, 'Applicant')],
    },
    draftVersion: null,
    versions: [
      {
        __typename: 'DocumentVersion',
        id: '4',
        number: 1,
        status: 'PUBLISHED',
        changeNote: 'First version',
        publishedAt: '2026-11-27T05:00:00.000Z',
        publishedByName: null,
        authorName: null,
        createdAt: '2026-11-27T05:00:00.000Z',
      },
    ],
    attachments: [
      {
        __typename: 'DocumentAttachment',
        id: '9',
        filename: 'form.pdf',
        contentType: 'application/pdf',
        size: 20480,
        sha256: 'a'.repeat(64),
        versionNumber: 1,
        createdAt: '2026-11-27T05:00:00.000Z',
        downloadUrl: '/api/library/attachments/9',
      },
    ],
    steps: [
      {
        __typename: 'HandlingStep',
        id: '2',
        key: 'VERIFICATION',
        position: 2,
        title: text('التحقق من المعلومات', 'Verify the information'),
      },
    ],
  };
}

async function render(canEdit: boolean, locale: AppLocale = 'ar') {
  const { session, apollo } = sessionFor(userWith(canEdit ? ['MANAGER'] : ['STAFF']), [
    {
      request: { query: LibraryDocumentDocument, variables: { slug: 'support-request-form' } },
      result: { data: { libraryDocument: documentFixture(canEdit) } },
    },
  ]);
  const router = createAppRouter(session, createMemoryHistory());
  await router.push('/library/support-request-form');
  const { wrapper } = mountWithPlugins(DocumentPage, {
    apollo,
    session,
    router,
    locale,
    props: { slug: 'support-request-form' },
  });
  await settle();
  return wrapper;
}

describe('library document page', () => {
  it('shows the server-rendered text with a table of contents whose links reach its headings', async () => {
    const wrapper = await render(false);
    expect(wrapper.get('[data-testid="document-title"]').text()).toBe('طلب دعم مستفيد');
    const content = wrapper.get('[data-testid="document-content"]');
    expect(content.attributes('dir')).toBe('rtl');
    const links = wrapper.findAll('[data-testid="toc-link"]');
    expect(links.map((l) => l.text())).toEqual(['بيانات مقدم الطلب', 'الحساب البنكي']);
    for (const link of links) {
      const anchor = link.attributes('data-anchor')!;
      expect(content.element.querySelector(`[id="${anchor}"]`)).not.toBeNull();
      expect(decodeURIComponent(link.attributes('href')!)).toContain(`#${anchor}`);
    }
  });

  it('lists the attachments to download and the steps that use the document; no editing for staff', async () => {
    const wrapper = await render(false);
    const attachment = wrapper.get('[data-testid="attachment"]');
    expect(attachment.attributes('href')).toBe('/api/library/attachments/9');
    expect(attachment.text()).toContain('form.pdf');
    expect(wrapper.get('[data-testid="document-step"]').text()).toContain('الخطوة 2');
    expect(wrapper.find('[data-testid="document-edit"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="attachment-input"]').exists()).toBe(false);
  });

  it('offers editing and uploads to a manager, and shows English text left to right', async () => {
    const wrapper = await render(true, 'en');
    expect(wrapper.find('[data-testid="document-edit"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="attachment-input"]').exists()).toBe(true);
    expect(wrapper.get('[data-testid="document-content"]').attributes('dir')).toBe('ltr');
    expect(wrapper.findAll('[data-testid="toc-link"]').map((l) => l.text())).toEqual(['Applicant']);
  });
});
