import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref, type PropType } from 'vue';
import { GraphQLError } from 'graphql';
import type { MockedResponse } from '@apollo/client/testing/core';
import UserFormDialog from './UserFormDialog.vue';
import { UserCreateDocument, UserUpdateDocument, type UserRowFragment } from '@/gql/graphql';
import { $, typeInto } from '@/shared/testing/dom';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { sessionFor, settle, userWith } from '@/shared/testing/session-fixtures';

const input = {
  username: 'sara',
  displayName: 'Sara',
  email: 'sara@example.c',
  roles: ['STAFF'],
  password: null,
};

/** The dialog, open, for a new user or the user given, reporting what it saved. */
const Host = defineComponent({
  props: {
    user: { type: Object as PropType<UserRowFragment | null>, default: null },
    onSaved: { type: Function as PropType<(name: string) => void>, default: () => {} },
  },
  setup(props) {
    const open = ref(true);
    return () =>
      h(UserFormDialog, {
        modelValue: open.value,
        user: props.user,
        'onUpdate:modelValue': (v: boolean) => (open.value = v),
        onSaved: (u: UserRowFragment) => props.onSaved(u.displayName),
      });
  },
});

async function fillAndSubmit(mock: MockedResponse): Promise<void> {
  const { session, apollo } = sessionFor(userWith(['ADMIN']), [mock]);
  mountWithPlugins(Host, { session, apollo, locale: 'en' });
  await settle();
  await typeInto('[data-testid="user-username"]', input.username);
  await typeInto('[data-testid="user-display-name"]', input.displayName);
  await typeInto('[data-testid="user-email"]', input.email);
  // Roles are picked from a menu; the component's model is set the way the select sets it.
  const select = $('[data-testid="user-roles"]')!;
  select.querySelector<HTMLElement>('.v-field')!.dispatchEvent(new MouseEvent('mousedown'));
  await settle();
  const staff = document.querySelector<HTMLElement>('[data-role="STAFF"]');
  staff!.click();
  await settle();
  $('#user-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await settle();
}

describe('user dialog: the server’s objections land under their field', () => {
  it('shows USERNAME_TAKEN (a payload error) under the username', async () => {
    await fillAndSubmit({
      request: { query: UserCreateDocument, variables: { input } },
      result: {
        data: {
          userCreate: {
            __typename: 'UserCreatePayload',
            generatedPassword: null,
            user: null,
            errors: [
              {
                __typename: 'UserError',
                code: 'USERNAME_TAKEN',
                message: 'The username "sara" is taken.',
                field: 'username',
              },
            ],
          },
        },
      },
    });
    expect($('[data-testid="user-username"]')!.textContent).toContain(
      'This username is already taken.',
    );
    expect($('[data-testid="user-dialog"]')).not.toBeNull();
  });

  it('shows a BAD_USER_INPUT validation error under the e-mail', async () => {
    await fillAndSubmit({
      request: { query: UserCreateDocument, variables: { input } },
      result: {
        errors: [
          new GraphQLError('Argument Validation Error', {
            extensions: {
              code: 'BAD_USER_INPUT',
              validationErrors: [
                {
                  property: 'email',
                  value: input.email,
                  constraints: { isEmail: 'email must be an email' },
                },
              ],
            },
          }),
        ],
      },
    });
    expect($('[data-testid="user-email"]')!.textContent).toContain('Enter a valid e-mail address.');
    expect($('[data-testid="user-form-error"]')).toBeNull();
  });
});

describe('user dialog, editing', () => {
  it('leaves an absent e-mail absent (sends null, never the "" the server refuses)', async () => {
    const user = {
      __typename: 'User' as const,
      id: '9',
      username: 'omar',
      displayName: 'Omar',
      email: null,
      roles: ['ANALYST' as const],
      active: true,
      createdAt: '2026-01-01T00:00:00.000Z',
      lastSignInAt: null,
    };
    const mock: MockedResponse = {
      request: {
        query: UserUpdateDocument,
        variables: {
          input: { id: '9', displayName: 'Omar A.', email: null, roles: ['ANALYST'] },
        },
      },
      result: {
        data: {
          userUpdate: {
            __typename: 'UserUpdatePayload',
            user: { ...user, displayName: 'Omar A.' },
            errors: [],
          },
        },
      },
    };
    const saved: string[] = [];
    const { session, apollo } = sessionFor(userWith(['ADMIN']), [mock]);
    mountWithPlugins(Host, {
      session,
      apollo,
      locale: 'en',
      props: { user, onSaved: (name: string) => saved.push(name) },
    });
    await settle();
    expect($('[data-testid="user-username"]')).toBeNull();
    await typeInto('[data-testid="user-display-name"]', 'Omar A.');
    $('#user-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(saved).toEqual(['Omar A.']);
  });
});
