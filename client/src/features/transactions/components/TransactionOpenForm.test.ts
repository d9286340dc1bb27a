import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import type { MockedResponse } from '@apollo/client/testing/core';
import TransactionOpenForm from './TransactionOpenForm.vue';
import {
  AssignableUsersDocument,
  TransactionOpenDocument,
  TransactionOptionsDocument,
} from '@/gql/graphql';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { sessionFor, settle, userWith } from '@/shared/testing/session-fixtures';

const text = (ar: string, en: string) => ({ __typename: 'LocalizedText', ar, en });
const options: MockedResponse = {
  request: { query: TransactionOptionsDocument },
  result: {
    data: {
      channels: [
        {
          __typename: 'Channel',
          id: '2',
          key: 'PHONE',
          position: 2,
          name: text('الهاتف', 'Phone'),
        },
      ],
      handlingSteps: [
        {
          __typename: 'HandlingStep',
          id: '1',
          key: 'RECEPTION',
          position: 1,
          title: text('الاستقبال', 'Reception'),
        },
      ],
    },
  },
};
const officers: MockedResponse = {
  request: { query: AssignableUsersDocument, variables: { role: 'STAFF' } },
  result: { data: { assignableUsers: [] } },
};
const input = {
  beneficiaryId: '5',
  channelKey: 'PHONE',
  type: 'SUPPORT_REQUEST',
  subject: 'abc',
  assigneeId: null,
  note: null,
};

/** The server's answer: no transaction, one error (on `field`, or on the whole form when null). */
const refusal = (code: string, message: string, field: string | null) => ({
  data: {
    transactionOpen: {
      __typename: 'TransactionOpenPayload',
      transaction: null,
      errors: [{ __typename: 'UserError', code, message, field }],
    },
  },
});

async function fillAndSubmit(answer: MockedResponse['result'], locale: 'ar' | 'en' = 'en') {
  const { session, apollo } = sessionFor(userWith(['STAFF']), [
    options,
    officers,
    { request: { query: TransactionOpenDocument, variables: { input } }, result: answer },
  ]);
  const { wrapper } = mountWithPlugins(TransactionOpenForm, {
    session,
    apollo,
    locale,
    props: { beneficiaryId: '5' },
  });
  await settle();
  // The channel is picked from a menu; the model is set the way the select sets it.
  wrapper.findComponent({ name: 'VSelect' }).vm.$emit('update:modelValue', 'PHONE');
  await wrapper.get('[data-testid="open-subject"] input').setValue('abc');
  await settle();
  await wrapper.get('form').trigger('submit');
  await settle();
  return wrapper;
}

describe('new transaction form: the server’s objections are shown where they belong', () => {
  it('shows a payload error naming the subject under the subject, in the reader’s language', async () => {
    const wrapper = await fillAndSubmit(
      refusal('SUBJECT_REQUIRED', 'Describe the subject.', 'subject'),
    );
    expect(wrapper.get('[data-testid="open-subject"]').text()).toContain(
      'Describe the subject in at least 3 characters.',
    );
    expect(wrapper.find('[data-testid="open-form-error"]').exists()).toBe(false);
  });

  it('shows an error without a field of the form above the form, in Arabic', async () => {
    const wrapper = await fillAndSubmit(
      refusal('NO_ACTIVE_POLICY', 'No policy version is active.', null),
      'ar',
    );
    expect(wrapper.get('[data-testid="open-form-error"]').text()).toContain('لا سياسة سارية');
  });

  it('explains a refusal of the whole request (FORBIDDEN) in one sentence', async () => {
    const wrapper = await fillAndSubmit({
      errors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })],
    });
    expect(wrapper.get('[data-testid="open-form-error"]').text()).toContain(
      'Your roles do not allow this.',
    );
  });
});
