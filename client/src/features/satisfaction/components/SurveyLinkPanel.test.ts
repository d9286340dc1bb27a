import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import type { MockedResponse } from '@apollo/client/testing/core';
import SurveyLinkPanel from './SurveyLinkPanel.vue';
import { SurveyInvitationIssueDocument, SurveyInvitationsDocument } from '@/gql/graphql';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { sessionFor, settle, userWith } from '@/shared/testing/session-fixtures';
import { $ } from '@/shared/testing/dom';

const REASON = 'The beneficiary changed their mobile number';

const link = (over: Record<string, unknown> = {}) => ({
  __typename: 'SurveyInvitation',
  id: '31',
  state: 'OPEN',
  issuedAt: '2026-12-01T09:00:00.000Z',
  expiresAt: '2026-12-15T09:00:00.000Z',
  answeredMode: null,
  overall: null,
  reissueReason: null,
  selfRated: false,
  ...over,
});
const invitations = (links: ReturnType<typeof link>[]): MockedResponse => ({
  request: { query: SurveyInvitationsDocument, variables: { transactionId: '5' } },
  result: { data: { surveyInvitations: links } },
  maxUsageCount: 10,
});
const issued = (reason: string | null): MockedResponse => ({
  request: {
    query: SurveyInvitationIssueDocument,
    variables: { input: { transactionId: '5', reason } },
  },
  result: {
    data: {
      surveyInvitationIssue: {
        __typename: 'SurveyInvitationIssuePayload',
        invitation: {
          __typename: 'IssuedSurveyInvitation',
          id: '32',
          token: 'tok_abcdefghijklmnopqrstuvwxyz012345',
          expiresAt: '2026-12-16T09:00:00.000Z',
        },
        errors: [],
      },
    },
  },
});

/** The panel of closed transaction 5, for a staff member, once its links are read. */
async function mountPanel(mocks: MockedResponse[]) {
  const { session, apollo } = sessionFor(userWith(['STAFF']), mocks);
  const { wrapper } = mountWithPlugins(SurveyLinkPanel, {
    session,
    apollo,
    locale: 'en',
    props: { transactionId: '5', status: 'CLOSED' },
  });
  await settle();
  return wrapper;
}

/** The panel with its "issue a new link" confirmation open. */
async function panel(mocks: MockedResponse[]) {
  const wrapper = await mountPanel(mocks);
  await wrapper.get('[data-testid="survey-issue"]').trigger('click');
  await settle();
  return wrapper;
}

describe('survey link panel: issuing again asks why', () => {
  it('asks for the reason once a link was issued, refuses without one, and sends it', async () => {
    await panel([invitations([link()]), issued(REASON), invitations([link({ id: '32' })])]);
    expect($('[data-testid="survey-issue-reason"]')).not.toBeNull();

    // Without a reason: said in place, nothing sent (no mock answers a call without one).
    $('[data-testid="confirm-ok"]')!.click();
    await settle();
    expect($('[data-testid="confirm-error"]')!.textContent).toContain('Say why a new link');

    const input = $('[data-testid="survey-issue-reason"] textarea') as HTMLTextAreaElement;
    input.value = REASON;
    input.dispatchEvent(new Event('input'));
    await nextTick();
    $('[data-testid="confirm-ok"]')!.click();
    await settle();
    expect($('[data-testid="confirm-error"]')).toBeNull();
    expect($('[data-testid="survey-panel-notice"]')!.textContent).toContain('new link was issued');
  });

  it('asks no reason for the first link, and shows a link’s reason and self-rating flag', async () => {
    await panel([invitations([]), issued(null)]);
    expect($('[data-testid="survey-issue-reason"]')).toBeNull();
    document.body.innerHTML = '';

    const wrapper = await mountPanel([
      invitations([
        link({ reissueReason: REASON, selfRated: true }),
        link({ id: '30', state: 'REVOKED' }),
      ]),
    ]);
    expect(wrapper.get('[data-testid="survey-invitation-reason"]').text()).toContain(REASON);
    expect(wrapper.findAll('[data-testid="survey-invitation-self-rated"]')).toHaveLength(1);
  });
});
