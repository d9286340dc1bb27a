import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import SurveyPage from './SurveyPage.vue';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { answerRequests, type FetchAnswer } from '@/shared/testing/fetch-answers';
import { sessionFor, settle } from '@/shared/testing/session-fixtures';
import { $ } from '@/shared/testing/dom';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz0123';

// The page asks without Apollo Client (graphql-request.ts): these are the endpoint's answers.
function surveyAnswer(state: string): FetchAnswer {
  return {
    operation: 'PublicSurvey',
    variables: { token: TOKEN },
    body: {
      data: {
        survey: {
          __typename: 'PublicSurvey',
          state,
          expiresAt: state === 'OPEN' ? '2026-06-17T09:00:00.000Z' : null,
          organizationName: {
            __typename: 'LocalizedText',
            ar: 'جمعية الآثار',
            en: 'Al-Athar Association',
          },
        },
      },
    },
  };
}

const answers = {
  overall: 5,
  courtesy: 4,
  clarity: 4,
  speed: 3,
  recommend: 9,
  comment: 'خدمة ممتازة',
};
function submitAnswer(recorded: boolean, code?: string): FetchAnswer {
  return {
    operation: 'SurveySubmit',
    variables: { input: { token: TOKEN, answers } },
    body: {
      data: {
        surveySubmit: {
          __typename: 'SurveySubmitPayload',
          recorded,
          errors: code ? [{ __typename: 'UserError', code, message: code, field: null }] : [],
        },
      },
    },
  };
}

async function open(mocks: FetchAnswer[], locale: 'ar' | 'en' = 'ar') {
  answerRequests(mocks);
  const { session } = sessionFor(null);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/s/:token', component: SurveyPage }],
  });
  await router.push(`/s/${TOKEN}`);
  await router.isReady();
  const Host = defineComponent({ setup: () => () => h(RouterView) });
  const { wrapper } = mountWithPlugins(Host, { session, router, locale });
  await settle();
  return wrapper;
}

const $$ = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];

/** Chooses a score the way a keyboard or a tap does: the native radio becomes checked. */
async function choose(question: string, score: number): Promise<void> {
  const input = $(`[data-testid="survey-${question}-${score}"] input`) as HTMLInputElement;
  input.checked = true;
  input.dispatchEvent(new Event('change'));
  await nextTick();
}

async function type(selector: string, value: string): Promise<void> {
  const field = $(`${selector} textarea`) as HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await nextTick();
}

async function submit(): Promise<void> {
  $('[data-testid="survey-form"]')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await settle();
}

async function answerAll(): Promise<void> {
  await choose('overall', 5);
  await choose('courtesy', 4);
  await choose('clarity', 4);
  await choose('speed', 3);
  await choose('recommend', 9);
  await type('[data-testid="survey-comment"]', 'خدمة ممتازة');
}

describe('public survey page: one answer per link, accessible, clear about closed links', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('asks each question as a fieldset with a legend and a group of native radios', async () => {
    await open([surveyAnswer('OPEN')]);
    expect($('[data-testid="survey-org"]')!.textContent).toContain('جمعية الآثار');
    const fieldsets = $$('fieldset[data-testid^="survey-q-"]');
    expect(fieldsets.map((f) => f.dataset.testid)).toEqual([
      'survey-q-overall',
      'survey-q-courtesy',
      'survey-q-clarity',
      'survey-q-speed',
      'survey-q-recommend',
    ]);
    for (const f of fieldsets) {
      expect(f.querySelector('legend')!.textContent!.trim()).not.toBe('');
      const radios = [...f.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      // One group per question (arrow keys move within it), each option labelled for screen readers.
      expect(new Set(radios.map((r) => r.name)).size).toBe(1);
      expect(radios.every((r) => r.getAttribute('aria-label'))).toBe(true);
    }
    expect($$('[data-testid="survey-q-overall"] input')).toHaveLength(5);
    expect($$('[data-testid="survey-q-recommend"] input')).toHaveLength(11);
    expect($('[data-testid="survey-overall-5"]')!.textContent).toContain('راضٍ جدًا');
    expect($('[data-testid="survey-overall-5"] input')!.getAttribute('aria-label')).toBe(
      '5 — راضٍ جدًا',
    );
  });

  it('requires the five scores: marks each unanswered question and focuses the first', async () => {
    await open([surveyAnswer('OPEN')]);
    await choose('overall', 4);
    await submit();
    expect($('[data-testid="survey-error"]')).not.toBeNull();
    const invalid = $$('fieldset[aria-invalid="true"]').map((f) => f.dataset.testid);
    expect(invalid).toEqual([
      'survey-q-courtesy',
      'survey-q-clarity',
      'survey-q-speed',
      'survey-q-recommend',
    ]);
    expect(document.activeElement).toBe($('[data-testid="survey-courtesy-1"] input'));
    // Answering a question clears its mark.
    await choose('courtesy', 2);
    expect($('[data-testid="survey-q-courtesy"]')!.getAttribute('aria-invalid')).toBeNull();
  });

  it('sends the answers chosen with the keyboard and thanks the beneficiary', async () => {
    await open([surveyAnswer('OPEN'), submitAnswer(true)]);
    await answerAll();
    expect(($('[data-testid="survey-recommend-9"] input') as HTMLInputElement).checked).toBe(true);
    await submit();
    expect($('[data-testid="survey-thanks"]')).not.toBeNull();
    expect($('[data-testid="survey-form"]')).toBeNull();
  });

  it('shows "already answered" when the link was used in another tab meanwhile', async () => {
    await open([surveyAnswer('OPEN'), submitAnswer(false, 'TOKEN_USED')], 'en');
    await answerAll();
    await submit();
    expect($('[data-testid="survey-state-used"]')!.textContent).toContain('already answered');
    expect($('[data-testid="survey-thanks"]')).toBeNull();
  });

  it.each([
    ['EXPIRED', 'survey-state-expired', 'انتهت صلاحية'],
    ['USED', 'survey-state-used', 'سبق الإجابة'],
    ['UNKNOWN', 'survey-state-unknown', 'غير صالح'],
  ])('shows a clear page for a %s link, with no form', async (state, testid, text) => {
    await open([surveyAnswer(state)]);
    expect($(`[data-testid="${testid}"]`)!.textContent).toContain(text);
    expect($(`[data-testid="${testid}"]`)!.textContent).toContain('لم يُسجَّل شيء');
    expect($('[data-testid="survey-form"]')).toBeNull();
  });

  it('says when the survey could not be loaded, and loads it again on Retry', async () => {
    await open(
      [{ operation: 'PublicSurvey', fail: new TypeError('Failed to fetch') }, surveyAnswer('OPEN')],
      'en',
    );
    expect($('[data-testid="survey-load-error"]')).not.toBeNull();
    expect($('[data-testid="survey-form"]')).toBeNull();
    ($('[data-testid="survey-load-error"] button') as HTMLButtonElement).click();
    await settle();
    expect($('[data-testid="survey-load-error"]')).toBeNull();
    expect($('[data-testid="survey-form"]')).not.toBeNull();
  });

  it('says to wait when the server limits the answers sent (LIMIT_EXCEEDED), keeping them', async () => {
    const limited = {
      message: 'Too many requests.',
      extensions: { code: 'LIMIT_EXCEEDED', retryAfterSeconds: 120 },
    };
    await open(
      [
        surveyAnswer('OPEN'),
        { operation: 'SurveySubmit', status: 429, body: { data: null, errors: [limited] } },
      ],
      'en',
    );
    await answerAll();
    await submit();
    expect($('[data-testid="survey-error"]')!.textContent).toBe(
      'Too many attempts: wait a moment and try again.',
    );
    // The answers stay: nothing typed is lost.
    expect(($('[data-testid="survey-recommend-9"] input') as HTMLInputElement).checked).toBe(true);
  });
});
