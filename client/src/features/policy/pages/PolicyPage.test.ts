import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import PolicyPage from './PolicyPage.vue';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { answerRequests, type FetchAnswer } from '@/shared/testing/fetch-answers';
import type { AppLocale } from '@/shared/locale';
// The seed policy as the server returns it (with the __typename fields Apollo asks for).
import fixture from '../testing/active-policy.fixture.json';

// The page asks without Apollo Client (graphql-request.ts): these are the endpoint's answers.
async function renderPage(answers: FetchAnswer[], locale: AppLocale = 'ar') {
  answerRequests(answers);
  const mounted = mountWithPlugins(PolicyPage, { locale });
  // Let the mocked network answer and Vue render the result.
  for (let i = 0; i < 5; i++) await flushPromises();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await flushPromises();
  return mounted;
}

const policyMock: FetchAnswer = { operation: 'ActivePolicy', body: { data: fixture } };

describe('policy page: the active policy, rendered from GraphQL', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows the 8 channels, 4 tools, 6 objectives and 7 steps in Arabic', async () => {
    const { wrapper } = await renderPage([policyMock]);
    expect(wrapper.get('[data-testid="policy-title"]').text()).toContain('سياسة تنظيم العلاقة');

    const channels = wrapper.findAll('[data-testid="policy-channel"]');
    expect(channels).toHaveLength(8);
    expect(channels[0]!.text()).toContain('المقابلة');
    expect(channels[7]!.text()).toContain('مناديب المكاتب الفرعية');

    expect(wrapper.findAll('[data-testid="policy-tool"]')).toHaveLength(4);

    const objectives = wrapper.findAll('[data-testid="policy-objective"]');
    expect(objectives).toHaveLength(6);
    expect(objectives[5]!.findAll('[data-testid="policy-objective-child"]')).toHaveLength(5);

    const steps = wrapper.findAll('[data-testid="policy-step"]');
    expect(steps).toHaveLength(7);
    expect(steps[0]!.text()).toContain('استقبال المستفيد بلباقة واحترام');
  });

  it('marks step 3 (referral to social research) as conditional, with its condition, and no other', async () => {
    const { wrapper } = await renderPage([policyMock]);
    const steps = wrapper.findAll('[data-testid="policy-step"]');
    const conditional = steps.map((s) => s.find('[data-testid="step-conditional"]').exists());
    expect(conditional).toEqual([false, false, true, false, false, false, false]);
    expect(steps[2]!.text()).toContain('خطوة مشروطة');
    expect(steps[2]!.get('[data-testid="step-condition"]').text()).toContain('عدم وضوح الإجراءات');
  });

  it('shows the committee window of step 5 with the right Arabic plural (14 يومًا)', async () => {
    const { wrapper } = await renderPage([policyMock]);
    const step5 = wrapper.findAll('[data-testid="policy-step"]')[4]!;
    expect(step5.get('[data-testid="step-window"]').text()).toContain('14 يومًا');
  });

  it('shows the board approval in Hijri and Gregorian', async () => {
    const { wrapper } = await renderPage([policyMock]);
    expect(wrapper.get('[data-testid="approval-hijri"]').text()).toContain('11 صفر 1446');
    expect(wrapper.get('[data-testid="approval-gregorian"]').text()).toContain('15 أغسطس 2024');
  });

  it('shows the English side of every text in English', async () => {
    const { wrapper } = await renderPage([policyMock], 'en');
    const channels = wrapper.findAll('[data-testid="policy-channel"]');
    expect(channels[0]!.text()).toContain('In-person interview');
    const steps = wrapper.findAll('[data-testid="policy-step"]');
    expect(steps[2]!.text()).toContain('Conditional step');
    expect(steps[4]!.text()).toContain('14 days');
    expect(wrapper.get('[data-testid="approval-hijri"]').text()).toContain('Safar 11, 1446 AH');
  });

  it('says so when no policy is in force yet', async () => {
    const { wrapper } = await renderPage([
      { operation: 'ActivePolicy', body: { data: { activePolicy: null } } },
    ]);
    expect(wrapper.find('[data-testid="policy-empty"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="policy-step"]').exists()).toBe(false);
  });

  it('shows an error with a retry button that loads the policy again', async () => {
    const { wrapper } = await renderPage([
      { operation: 'ActivePolicy', fail: new TypeError('Network down') },
      policyMock,
    ]);
    expect(wrapper.find('[data-testid="policy-error"]').exists()).toBe(true);

    await wrapper.get('[data-testid="policy-retry"]').trigger('click');
    for (let i = 0; i < 5; i++) await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await flushPromises();
    expect(wrapper.find('[data-testid="policy-error"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-testid="policy-step"]')).toHaveLength(7);
  });
});
