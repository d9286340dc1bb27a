import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { MockedResponse } from '@apollo/client/testing/core';
import PolicyComparePage from './PolicyComparePage.vue';
import {
  PolicyVersionDiffDocument,
  PolicyVersionDocument,
  PolicyVersionsDocument,
} from '@/gql/graphql';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { apolloWith, settle } from '@/shared/testing/session-fixtures';
import type { AppLocale } from '@/shared/locale';
import { policyFeature } from '../index';
import { diffOneTwo, versionOne, versionTwo, versionsList } from '../testing/version-fixtures';

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];

async function renderCompare(locale: AppLocale = 'ar') {
  const mocks: MockedResponse[] = [
    {
      request: { query: PolicyVersionsDocument },
      result: { data: versionsList({ 1: 'ACTIVE', 2: 'DRAFT' }) },
    },
    {
      request: { query: PolicyVersionDiffDocument, variables: { from: 1, to: 2 } },
      result: { data: diffOneTwo },
    },
    {
      request: { query: PolicyVersionDocument, variables: { number: 1 } },
      result: { data: { policyVersion: versionOne() } },
    },
    {
      request: { query: PolicyVersionDocument, variables: { number: 2 } },
      result: { data: { policyVersion: versionTwo() } },
    },
  ];
  const router = createRouter({ history: createMemoryHistory(), routes: policyFeature.routes });
  await router.push('/policy/compare?from=1&to=2');
  const mounted = mountWithPlugins(PolicyComparePage, {
    apollo: apolloWith(mocks),
    router,
    locale,
  });
  await settle();
  return mounted;
}

const rowOf = (section: string, key: string) =>
  $(`[data-testid="compare-row"][data-section="${section}"][data-key="${key}"]`)!;
const cell = (row: HTMLElement, side: 'older' | 'newer') =>
  row.querySelector<HTMLElement>(`[data-testid="compare-cell"][data-side="${side}"]`)!;

describe(
  'compare page: two versions side by side, changes highlighted from the diff',
  { timeout: 30_000 },
  () => {
    afterEach(() => {
      document.body.innerHTML = '';
    });

    it('highlights the added channel green on the newer side, the removed one red on the older side', async () => {
      await renderCompare();
      const whatsapp = rowOf('CHANNEL', 'WHATSAPP');
      expect(whatsapp.dataset.kind).toBe('ADDED');
      expect(cell(whatsapp, 'newer').dataset.highlight).toBe('added');
      expect(cell(whatsapp, 'newer').classList).toContain('cmp-cell--added');
      expect(cell(whatsapp, 'newer').textContent).toContain('واتساب');
      expect(cell(whatsapp, 'older').dataset.highlight).toBe('absent');
      expect(cell(whatsapp, 'older').textContent).toContain('غير موجود في هذا الإصدار');

      const letters = rowOf('CHANNEL', 'LETTERS');
      expect(letters.dataset.kind).toBe('REMOVED');
      expect(cell(letters, 'older').classList).toContain('cmp-cell--removed');
      expect(cell(letters, 'newer').dataset.highlight).toBe('absent');
      // Removed rows keep their place: after the channel that preceded them (social media).
      const keys = $$('[data-testid="compare-row"][data-section="CHANNEL"]').map(
        (r) => r.dataset.key,
      );
      expect(keys.indexOf('LETTERS')).toBe(keys.indexOf('SOCIAL_MEDIA') + 1);
      expect(keys.at(-1)).toBe('WHATSAPP');

      expect(rowOf('CHANNEL', 'IN_PERSON').dataset.kind).toBe('SAME');
      expect(cell(rowOf('CHANNEL', 'IN_PERSON'), 'newer').dataset.highlight).toBe('same');
    });

    it('marks the changed committee step amber and names the changed field, both windows shown', async () => {
      await renderCompare();
      const committee = rowOf('STEP', 'COMMITTEE');
      expect(committee.dataset.kind).toBe('CHANGED');
      expect(cell(committee, 'older').classList).toContain('cmp-cell--changed');
      expect(cell(committee, 'newer').classList).toContain('cmp-cell--changed');
      expect(committee.querySelector('[data-testid="compare-fields"]')!.textContent).toContain(
        'تغيّر: المهلة',
      );
      expect(
        cell(committee, 'older').querySelector('[data-testid="compare-window"]')!.textContent,
      ).toContain('14 يومًا');
      expect(
        cell(committee, 'newer').querySelector('[data-testid="compare-window"]')!.textContent,
      ).toContain('10 أيام');
      // The position-only moves of the channels after the removed one are changes too.
      expect(
        rowOf('CHANNEL', 'WEBSITE').querySelector('[data-testid="compare-fields"]')!.textContent,
      ).toContain('الترتيب');
      // A checklist item added to a step that is otherwise the same.
      const verification = rowOf('STEP', 'VERIFICATION');
      expect(verification.dataset.kind).toBe('SAME');
      const added = cell(verification, 'newer').querySelector<HTMLElement>(
        '[data-testid="compare-check"][data-key="VERIFICATION/FAMILY_CARD"]',
      )!;
      expect(added.dataset.highlight).toBe('added');
    });

    it('counts the changes per section and shows only the changes when asked', async () => {
      await renderCompare('en');
      const channels = $('[data-testid="compare-summary-CHANNEL"]')!;
      expect(channels.querySelector('[data-kind="ADDED"]')!.textContent).toMatch(/1\s*Added/);
      expect(channels.querySelector('[data-kind="REMOVED"]')!.textContent).toMatch(/1\s*Removed/);
      expect(channels.querySelector('[data-kind="CHANGED"]')!.textContent).toMatch(/4\s*Changed/);
      expect($('[data-testid="compare-summary-TOOL"]')!.textContent).toContain(
        'No changes in this section.',
      );
      expect($$('[data-testid="compare-row"][data-kind="SAME"]').length).toBeGreaterThan(0);

      $('[data-testid="compare-only-changes"] input')!.click();
      await settle();
      expect(
        $$('[data-testid="compare-row"][data-kind="SAME"]').map(
          (r) => `${r.dataset.section}:${r.dataset.key}`,
        ),
      ).toEqual([
        'STEP:VERIFICATION', // the same step, shown for its added checklist item
      ]);
      expect($$('[data-testid="compare-row"][data-section="CHANNEL"]')).toHaveLength(6);
      expect($('[data-testid="compare-section-TOOL"]')!.textContent).toContain(
        'No changes in this section.',
      );
    });
  },
);
