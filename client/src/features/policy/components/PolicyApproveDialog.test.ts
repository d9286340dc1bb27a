import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import type { MockedResponse } from '@apollo/client/testing/core';
import PolicyApproveDialog from './PolicyApproveDialog.vue';
import { PolicyApproveDocument } from '@/gql/graphql';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { apolloWith, settle } from '@/shared/testing/session-fixtures';
import type { AppLocale } from '@/shared/locale';
import { versionOne } from '../testing/version-fixtures';

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const visible = (s: string | null | undefined) => (s ?? '').replace(/[\u200e\u200f\u061c]/g, '');

const Host = defineComponent({
  setup() {
    const open = ref(true);
    return () =>
      h(PolicyApproveDialog, {
        modelValue: open.value,
        'onUpdate:modelValue': (v: boolean) => (open.value = v),
        number: 2,
        activeNumber: 1,
        previousApproval: versionOne().approval,
      });
  },
});

async function render(locale: AppLocale = 'ar', mocks: MockedResponse[] = []) {
  mountWithPlugins(Host, { apollo: apolloWith(mocks), locale });
  await settle();
}
const input = (id: string) => $(`[data-testid="${id}"] input`) as HTMLInputElement;
async function type(id: string, value: string): Promise<void> {
  input(id).value = value;
  input(id).dispatchEvent(new Event('input'));
  await nextTick();
  await nextTick();
}
/** Types a day into the date field and presses Enter (it takes a typed day after a pause or on Enter). */
async function typeDay(id: string, value: string): Promise<void> {
  await type(id, value);
  input(id).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await nextTick();
  await nextTick();
}

describe(
  'approval dialog: the Hijri date follows the Gregorian date (Umm al-Qura)',
  { timeout: 30_000 },
  () => {
    afterEach(() => {
      document.body.innerHTML = '';
    });

    it('fills 1446-02-11 for 2024-08-15 and 1447-01-01 for 2025-06-26, spelled in both calendars', async () => {
      await render('ar');
      // Body and term are those of the previous approval.
      expect(input('approve-body-ar').value).toBe(versionOne().approval!.body.ar);
      expect(input('approve-term-en').value).toBe(versionOne().approval!.boardTerm.en);

      await typeDay('approve-gregorian', '2024-08-15');
      expect(input('approve-hijri').value).toBe('1446-02-11');
      expect(visible($('[data-testid="approve-spelled-hijri"]')!.textContent)).toContain(
        '11 صفر 1446',
      );
      expect(visible($('[data-testid="approve-spelled-gregorian"]')!.textContent)).toContain(
        '15 أغسطس 2024',
      );

      await typeDay('approve-gregorian', '2025-06-26');
      expect(input('approve-hijri').value).toBe('1447-01-01');
      expect(visible($('[data-testid="approve-spelled-hijri"]')!.textContent)).toContain(
        '1 محرم 1447',
      );
      expect($('[data-testid="approve-mismatch"]')).toBeNull();
    });

    it('spells the days in English too', async () => {
      await render('en');
      await typeDay('approve-gregorian', '2025-06-26');
      expect(input('approve-hijri').value).toBe('1447-01-01');
      expect(visible($('[data-testid="approve-spelled-hijri"]')!.textContent)).toContain(
        'Muharram 1, 1447 AH',
      );
      expect(visible($('[data-testid="approve-spelled-gregorian"]')!.textContent)).toContain(
        '26 June 2025',
      );
    });

    it('warns about a Hijri date of another day, and shows the server’s DATES_DISAGREE under it', async () => {
      await render('en', [
        {
          request: { query: PolicyApproveDocument },
          variableMatcher: (v) => v.input.approvedOnHijri === '1447-01-02',
          result: {
            data: {
              policyApprove: {
                __typename: 'PolicyApprovePayload',
                policyVersion: null,
                errors: [
                  {
                    __typename: 'UserError',
                    code: 'DATES_DISAGREE',
                    field: 'approvedOnHijri',
                    message:
                      '2025-06-26 is 1447-01-01 in the Umm al-Qura calendar, not 1447-01-02.',
                  },
                ],
              },
            },
          },
        },
      ]);
      await typeDay('approve-gregorian', '2025-06-26');
      await type('approve-hijri', '1447-01-02');
      const mismatch = visible($('[data-testid="approve-mismatch"]')!.textContent);
      expect(mismatch).toContain('Muharram 1, 1447 AH');
      expect(mismatch).toContain('27 June 2025');

      $('#approve-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await settle();
      expect($('[data-testid="approve-hijri"] .v-messages')!.textContent).toContain(
        'The Hijri and Gregorian dates are not the same day.',
      );
      expect($('[data-testid="approve-dialog"]')).not.toBeNull();
    });
  },
);
