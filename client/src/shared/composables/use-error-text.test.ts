import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { GraphQLError } from 'graphql';
import { ApolloError } from '@apollo/client/core';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { useErrorText, type ErrorScope } from './use-error-text';
import type { AppLocale } from '@/shared/locale';

function textOf(scope?: ErrorScope | ErrorScope[], locale: AppLocale = 'en') {
  let text!: ReturnType<typeof useErrorText>;
  mountWithPlugins(
    defineComponent({
      setup() {
        text = useErrorText(scope);
        return () => h('div');
      },
    }),
    { locale },
  );
  return text;
}

const thrown = (extensions: Record<string, unknown>, message = 'refused') =>
  new ApolloError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('useErrorText: one path from an error to words', () => {
  it("words a payload error in the feature's scope, then in common, else keeps the server's", () => {
    const text = textOf('accounts');
    expect(text.payloadText({ code: 'USERNAME_TAKEN', message: 'x' })).toBe(
      'This username is already taken.',
    );
    expect(text.payloadText({ code: 'RATE_LIMITED', message: 'x' })).toMatch(/Too many requests/);
    expect(text.payloadText({ code: 'SOMETHING_NEW', message: 'As the server says.' })).toBe(
      'As the server says.',
    );
  });

  it('lets a scope word a code its own way (NAME_REQUIRED of a token, of a beneficiary)', () => {
    expect(textOf('accounts').payloadText({ code: 'NAME_REQUIRED', message: '' })).toBe(
      'Give the token a name.',
    );
    expect(textOf('beneficiaries').payloadText({ code: 'NAME_REQUIRED', message: '' })).not.toBe(
      'Give the token a name.',
    );
  });

  it('words an exception by its reason, then its code, then UNEXPECTED', () => {
    const text = textOf('signIn');
    expect(text.exceptionText(thrown({ code: 'UNAUTHENTICATED' }))).toBe(
      'Wrong username or password.',
    );
    expect(text.exceptionText(thrown({ code: 'UNAUTHENTICATED', reason: 'INACTIVE' }))).toMatch(
      /deactivated/,
    );
    expect(
      text.exceptionText(
        thrown({ code: 'LIMIT_EXCEEDED', reason: 'SIGN_IN_LOCKED', retryAfterSeconds: 600 }),
      ),
    ).toMatch(/10 minutes/);
    expect(text.exceptionText(thrown({ code: 'INTERNAL_SERVER_ERROR' }))).toMatch(
      /while signing in/,
    );
    expect(textOf().exceptionText(thrown({ code: 'FORBIDDEN' }))).toBe(
      'Your roles do not allow this.',
    );
  });

  it('words a network failure, and a validation constraint', () => {
    const text = textOf(undefined, 'ar');
    expect(text.exceptionText(new ApolloError({ networkError: new Error('down') }))).toMatch(
      /تعذّر الوصول إلى الخادم/,
    );
    expect(text.validationText({ field: 'email', constraints: { isEmail: 'bad' } })).toBe(
      'أدخل بريدًا إلكترونيًا صحيحًا.',
    );
    expect(text.validationText({ field: 'x', constraints: { isFancy: 'Server words.' } })).toBe(
      'Server words.',
    );
  });
});
