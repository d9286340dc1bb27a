import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import type { MockedResponse } from '@apollo/client/testing/core';
import { PolicyDraftSaveDocument, PolicyVersionDocument } from '@/gql/graphql';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { apolloWith, settle } from '@/shared/testing/session-fixtures';
import { policyFeature } from '../index';
import { versionTwo } from '../testing/version-fixtures';
// The page fetches its sections beside the draft; here they are loaded from the start.
import '../components/editor/draft-sections';

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
const userError = (code: string, field: string) => ({
  __typename: 'UserError',
  code,
  field,
  message: `server says ${code}`,
});

async function type(field: HTMLElement, value: string): Promise<void> {
  const input = field.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await nextTick();
}

async function openPanel(section: string): Promise<void> {
  const panel = $(`[data-testid="draft-panel-${section}"]`)!;
  if (!panel.classList.contains('v-expansion-panel--active')) {
    panel.querySelector<HTMLElement>('.v-expansion-panel-title')!.click();
  }
  await settle();
}

/** The draft editor on version 2; saving gets the errors given, and reports what was sent. */
async function renderEditor(errors: ReturnType<typeof userError>[]) {
  const sent: unknown[] = [];
  const mocks: MockedResponse[] = [
    {
      request: { query: PolicyVersionDocument, variables: { number: 2 } },
      result: { data: { policyVersion: versionTwo() } },
    },
    {
      request: { query: PolicyDraftSaveDocument },
      variableMatcher: (variables) => {
        sent.push(variables);
        return true;
      },
      result: {
        data: {
          policyDraftSave: { __typename: 'PolicyDraftSavePayload', policyVersion: null, errors },
        },
      },
    },
  ];
  const router = createRouter({ history: createMemoryHistory(), routes: policyFeature.routes });
  await router.push('/policy/versions/2/edit');
  // Inside a <router-view>, as in the app (the page guards leaving with unsaved changes).
  const Host = defineComponent({ setup: () => () => h(RouterView) });
  const mounted = mountWithPlugins(Host, { apollo: apolloWith(mocks), router });
  await settle();
  return { ...mounted, sent };
}

const messagesOf = (el: Element | null | undefined) =>
  el?.querySelector('.v-messages')?.textContent?.trim() ?? '';

describe(
  'draft editor: the server’s error paths land under the right fields',
  { timeout: 30_000 },
  () => {
    afterEach(() => {
      document.body.innerHTML = '';
    });

    it('maps channels.8.key, steps.2.conditional and title.ar to their inputs, and lists them all', async () => {
      const { sent } = await renderEditor([
        userError('DUPLICATE_KEY', 'channels.8.key'),
        userError('CONDITIONAL_STEP', 'steps.2.conditional'),
        userError('REQUIRED', 'title.ar'),
        userError('STEP_ORDER', 'steps'),
      ]);
      // A ninth channel, with the key of another one.
      await openPanel('channels');
      $('[data-testid="draft-channel-add"]')!.click();
      await settle();
      const channels = () => $$('[data-testid="draft-channel"]');
      expect(channels()).toHaveLength(9);
      await type(
        channels()[8]!.querySelector('[data-testid="draft-channel-name-en"]')!,
        'WhatsApp',
      );
      expect(
        channels()[8]!.querySelector<HTMLInputElement>('[data-testid="draft-key"] input')!.value,
      ).toBe('WHATSAPP');
      await type(channels()[8]!.querySelector('[data-testid="draft-key"]')!, 'PHONE');

      $('[data-testid="draft-save"]')!.click();
      await settle();
      expect((sent[0] as { input: { channels: { key: string }[] } }).input.channels[8]!.key).toBe(
        'PHONE',
      );

      // Under the ninth channel's key, not under any other channel.
      expect(messagesOf(channels()[8]!.querySelector('[data-testid="draft-key"]'))).toBe(
        'هذا المفتاح مستخدم لعنصر آخر.',
      );
      expect(
        channels()
          .slice(0, 8)
          .map((c) => messagesOf(c.querySelector('[data-testid="draft-key"]'))),
      ).not.toContain('هذا المفتاح مستخدم لعنصر آخر.');

      // The steps panel opened by itself: the referral step's switch carries its error.
      const referral = $('[data-testid="draft-step"][data-step-key="REFERRAL"]')!;
      expect(
        messagesOf(referral.querySelector('[data-testid="draft-step-conditional"]')),
      ).toContain('خطوة الإحالة وحدها مشروطة');
      expect(messagesOf($('[data-testid="draft-title-ar"]'))).toBe('اكتبه بالعربية وبالإنجليزية.');
      expect(messagesOf($('[data-testid="draft-title-en"]'))).toBe('');
      expect($('[data-section="steps"] [data-path="steps"]')!.textContent).toContain(
        'يجب أن يكون الاستقبال أول الخطوات',
      );

      // The summary names each place in words.
      const problems = $$('[data-testid="draft-problem"]').map((li) => li.textContent!.trim());
      expect(problems).toHaveLength(4);
      expect(problems[0]).toContain('قنوات التواصل › القناة 9 › المفتاح');
      expect(problems[1]).toContain('خطوات التعامل مع المستفيد › الخطوة 3 › خطوة مشروطة');
      expect(problems[2]).toContain('العنوان (بالعربية)');

      // Moving the channel keeps its error with it.
      channels()[8]!.querySelector<HTMLElement>('[data-testid="item-up"]')!.click();
      await settle();
      expect(
        channels()[7]!.querySelector<HTMLInputElement>('[data-testid="draft-key"] input')!.value,
      ).toBe('PHONE');
      expect(messagesOf(channels()[7]!.querySelector('[data-testid="draft-key"]'))).toBe(
        'هذا المفتاح مستخدم لعنصر آخر.',
      );
      expect(messagesOf(channels()[8]!.querySelector('[data-testid="draft-key"]'))).not.toContain(
        'هذا المفتاح',
      );

      // Editing the field clears its message.
      await type(channels()[7]!.querySelector('[data-testid="draft-key"]')!, 'WHATSAPP');
      await settle();
      expect(messagesOf(channels()[7]!.querySelector('[data-testid="draft-key"]'))).not.toContain(
        'هذا المفتاح',
      );
    }, 60_000);

    it('tells a missing committee window from a missing text', async () => {
      await renderEditor([
        userError('REQUIRED', 'steps.4.windowDays'),
        userError('REQUIRED', 'steps.4.title.en'),
      ]);
      $('[data-testid="draft-save"]')!.click();
      await settle();
      const committee = $('[data-testid="draft-step"][data-step-key="COMMITTEE"]')!;
      expect(messagesOf(committee.querySelector('[data-testid="draft-step-window"]'))).toBe(
        'تحتاج خطوة اللجنة إلى مهلتها بالأيام.',
      );
      expect(messagesOf(committee.querySelector('[data-testid="draft-step-title-en"]'))).toBe(
        'اكتبه بالعربية وبالإنجليزية.',
      );
    }, 60_000);

    it('says the draft has unsaved changes once something is edited', async () => {
      await renderEditor([]);
      const chip = () => $('[data-testid="draft-dirty"]')!;
      expect(chip().dataset.dirty).toBe('false');
      await type($('[data-testid="draft-title-en"]')!, 'A new title');
      expect(chip().dataset.dirty).toBe('true');
    });
  },
);
