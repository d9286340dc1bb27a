import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import SignInPage from './SignInPage.vue';
import { createAppRouter } from '@/router';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { answerRequests, type FetchAnswer } from '@/shared/testing/fetch-answers';
import { sessionFor, settle, userWith } from '@/shared/testing/session-fixtures';
import type { AppLocale } from '@/shared/locale';

const credentials = { login: 'sara', password: 'not-the-password' };

/** The endpoint's answer to the sign-in (sent without Apollo Client: graphql-request.ts). */
function signInAnswer(answer: Partial<FetchAnswer>): FetchAnswer {
  return { operation: 'SignIn', variables: { input: credentials }, ...answer };
}

// As the server refuses a sign-in: HTTP 200 with the GraphQL error.
const refused = (message: string, extensions: Record<string, unknown>) =>
  signInAnswer({ body: { data: null, errors: [{ message, extensions }] } });

/** A refusal for too many tries: wait `retryAfterSeconds` (why: `reason`). */
const limited = (message: string, retryAfterSeconds: number, reason: string) =>
  refused(message, { code: 'LIMIT_EXCEEDED', retryAfterSeconds, reason });

async function signIn(answer: FetchAnswer, locale: AppLocale = 'en', start = '/sign-in') {
  answerRequests([answer]);
  const { session } = sessionFor(null);
  const router = createAppRouter(session, createMemoryHistory());
  await router.push(start);
  await router.isReady();
  const { wrapper } = mountWithPlugins(SignInPage, { session, router, locale });
  await wrapper.get('[data-testid="sign-in-login"] input').setValue(credentials.login);
  await wrapper.get('[data-testid="sign-in-password"] input').setValue(credentials.password);
  // Enter in the password field submits the form.
  await wrapper.get('form').trigger('submit');
  await settle();
  return { wrapper, router, session };
}

const errorText = (wrapper: Awaited<ReturnType<typeof signIn>>['wrapper']) =>
  wrapper.get('[data-testid="sign-in-error"]').text();

describe('sign-in page: a clear message for each refusal', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('says the username or password is wrong (INVALID_CREDENTIALS) and asks for the password again', async () => {
    const { wrapper, session } = await signIn(
      refused('Wrong username or password.', {
        code: 'UNAUTHENTICATED',
        reason: 'INVALID_CREDENTIALS',
      }),
    );
    expect(errorText(wrapper)).toBe('Wrong username or password.');
    expect(session.user.value).toBeNull();
    const password = wrapper.get<HTMLInputElement>('[data-testid="sign-in-password"] input');
    expect(password.element.value).toBe('');
    const login = wrapper.get<HTMLInputElement>('[data-testid="sign-in-login"] input');
    expect(login.element.value).toBe('sara');
  });

  it('says the same in Arabic', async () => {
    const { wrapper } = await signIn(
      refused('Wrong username or password.', {
        code: 'UNAUTHENTICATED',
        reason: 'INVALID_CREDENTIALS',
      }),
      'ar',
    );
    expect(errorText(wrapper)).toBe('اسم المستخدم أو كلمة المرور غير صحيحة.');
  });

  it('says when to try again after too many failures (LIMIT_EXCEEDED, retryAfterSeconds)', async () => {
    const { wrapper } = await signIn(limited('Too many failed sign-ins.', 840, 'SIGN_IN_LOCKED'));
    expect(errorText(wrapper)).toContain('Try again in 14 minutes.');
  });

  it('says when the account is only slowed down (SIGN_IN_SLOWED), and when it is busy (SIGN_IN_BUSY)', async () => {
    const slowed = await signIn(limited('Too many failed sign-ins.', 30, 'SIGN_IN_SLOWED'));
    expect(errorText(slowed.wrapper)).toContain('from other places');
    expect(errorText(slowed.wrapper)).toContain('Try again in 1 minute.');
    const slowedAr = await signIn(
      limited('Too many failed sign-ins.', 240, 'SIGN_IN_SLOWED'),
      'ar',
    );
    expect(errorText(slowedAr.wrapper)).toContain('من أماكن أخرى');
    expect(errorText(slowedAr.wrapper)).toContain('بعد 4 دقائق.');
    const busy = await signIn(limited('Too many sign-ins at once.', 1, 'SIGN_IN_BUSY'));
    expect(errorText(busy.wrapper)).toContain('Try again in a moment.');
  });

  it('uses the right Arabic plural for the minutes', async () => {
    const locked = (seconds: number) =>
      refused('Too many failed sign-ins.', { code: 'LIMIT_EXCEEDED', retryAfterSeconds: seconds });
    expect(errorText((await signIn(locked(840), 'ar')).wrapper)).toContain('بعد 14 دقيقة.');
    expect(errorText((await signIn(locked(300), 'ar')).wrapper)).toContain('بعد 5 دقائق.');
    expect(errorText((await signIn(locked(45), 'ar')).wrapper)).toContain('بعد دقيقة واحدة.');
    expect(errorText((await signIn(locked(120), 'ar')).wrapper)).toContain('بعد دقيقتين.');
  });

  it('says the account is deactivated (INACTIVE)', async () => {
    const { wrapper } = await signIn(
      refused('This account is deactivated.', { code: 'UNAUTHENTICATED', reason: 'INACTIVE' }),
    );
    expect(errorText(wrapper)).toContain('deactivated');
  });

  it('says the server could not be reached (network error)', async () => {
    const { wrapper } = await signIn(signInAnswer({ fail: new TypeError('Failed to fetch') }));
    expect(errorText(wrapper)).toContain('could not be reached');
  });

  it('signs in and goes to the redirect given', async () => {
    // The users page loads on demand: compile it first, so the wait below measures the sign-in.
    await import('./UsersPage.vue');
    const user = userWith(['ADMIN'], { username: 'sara' });
    const { router, session, wrapper } = await signIn(
      signInAnswer({
        body: {
          data: {
            signIn: {
              __typename: 'SignInPayload',
              expiresAt: '2030-01-01T00:00:00.000Z',
              user,
            },
          },
        },
      }),
      'en',
      '/sign-in?redirect=/admin/users',
    );
    expect(wrapper.find('[data-testid="sign-in-error"]').exists()).toBe(false);
    expect(session.user.value?.username).toBe('sara');
    // The page's code loads on demand: wait for the navigation to finish.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('users'), {
      timeout: 8000,
    });
    // The test's own limit leaves room for compiling the page and for that wait.
  }, 30_000);
});
