import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import type { MockedResponse } from '@apollo/client/testing/core';
import TokenCreateDialog from './TokenCreateDialog.vue';
import { ApiTokenCreateDocument } from '@/gql/graphql';
import { $, typeInto } from '@/shared/testing/dom';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { sessionFor, settle, userWith } from '@/shared/testing/session-fixtures';

const SECRET = 'msr_3kq9Zp0vX1yR7tLmN2bC8dE4fG6hJ5aW';

const created: MockedResponse = {
  request: {
    query: ApiTokenCreateDocument,
    variables: { input: { name: 'monthly report', expiresInDays: 30 } },
  },
  result: {
    data: {
      apiTokenCreate: {
        __typename: 'ApiTokenCreatePayload',
        token: SECRET,
        errors: [],
        apiToken: {
          __typename: 'ApiToken',
          id: '12',
          name: 'monthly report',
          prefix: SECRET.slice(0, 10),
          createdAt: '2026-01-01T10:00:00.000Z',
          expiresAt: '2026-01-31T10:00:00.000Z',
          lastUsedAt: null,
          revokedAt: null,
        },
      },
    },
  },
};

/** The dialog with a button that opens it, as the tokens page uses it. */
const Host = defineComponent({
  setup() {
    const open = ref(false);
    const createdIds = ref<string[]>([]);
    return () => [
      h('button', { 'data-testid': 'open', onClick: () => (open.value = true) }, 'open'),
      h(TokenCreateDialog, {
        modelValue: open.value,
        'onUpdate:modelValue': (v: boolean) => (open.value = v),
        onCreated: (token: { id: string }) => createdIds.value.push(token.id),
      }),
      h('output', { 'data-testid': 'created' }, createdIds.value.join(',')),
    ];
  },
});

async function open(wrapper: ReturnType<typeof mountWithPlugins>['wrapper']): Promise<void> {
  await wrapper.get('[data-testid="open"]').trigger('click');
  await settle();
}

describe('new API token dialog: the secret is shown once', () => {
  it('creates the token, shows its secret with a copy button and the warning, and forgets it on close', async () => {
    const { session, apollo } = sessionFor(userWith(['ANALYST']), [created]);
    const { wrapper } = mountWithPlugins(Host, { session, apollo, locale: 'en' });
    await open(wrapper);

    // Default lifetime: 90 days.
    expect(($('[data-testid="token-days"] input') as HTMLInputElement).value).toBe('90');
    expect($('[data-testid="token-secret"]')).toBeNull();

    await typeInto('[data-testid="token-name"]', 'monthly report');
    await typeInto('[data-testid="token-days"]', '30');
    $('#token-create-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();

    const secret = $('[data-testid="token-secret"]') as HTMLInputElement;
    expect(secret.value).toBe(SECRET);
    expect($('[data-testid="token-secret-copy"]')).not.toBeNull();
    expect($('[data-testid="token-once-note"]')!.textContent).toContain('will not be shown again');
    expect($('[data-testid="token-dialog"]')!.textContent).toContain(
      `Authorization: Bearer ${SECRET}`,
    );
    expect(wrapper.get('[data-testid="created"]').text()).toBe('12');

    // Done: the dialog closes; opened again, it asks for a new token and the secret is gone.
    $('[data-testid="token-done"]')!.click();
    await settle();
    await open(wrapper);
    expect($('[data-testid="token-secret"]')).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
    expect($('[data-testid="token-name"] input')).not.toBeNull();
  });

  it('shows a server error under its field', async () => {
    const refused: MockedResponse = {
      request: {
        query: ApiTokenCreateDocument,
        variables: { input: { name: 'x', expiresInDays: 90 } },
      },
      result: {
        data: {
          apiTokenCreate: {
            __typename: 'ApiTokenCreatePayload',
            token: null,
            apiToken: null,
            errors: [
              {
                __typename: 'UserError',
                code: 'NAME_REQUIRED',
                message: 'Give the token a name.',
                field: 'name',
              },
            ],
          },
        },
      },
    };
    const { session, apollo } = sessionFor(userWith(['ANALYST']), [refused]);
    const { wrapper } = mountWithPlugins(Host, { session, apollo, locale: 'en' });
    await open(wrapper);
    await typeInto('[data-testid="token-name"]', 'x');
    $('#token-create-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect($('[data-testid="token-name"]')!.textContent).toContain('Give the token a name.');
    expect($('[data-testid="token-secret"]')).toBeNull();
  });
});
