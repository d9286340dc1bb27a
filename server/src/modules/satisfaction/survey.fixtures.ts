import { expect } from 'vitest';
import { TestServer, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';

/**
 * The survey tests' world: a server, two officers, a manager, an analyst, an anonymous client,
 * one beneficiary, and the calls the tests make (close an inquiry for its link, answer a link,
 * read a link's state).
 */

export interface Closed {
  id: string;
  reference: string;
  token: string;
}
export interface Answers {
  overall: number;
  courtesy: number;
  clarity: number;
  speed: number;
  recommend: number;
  comment?: string;
}

export const FIGURES = `invitations responses responseRate csat nps promoters passives detractors
  meanOverall meanCourtesy meanClarity meanSpeed meanRecommend`;

export const score = (overall: number, recommend: number, comment?: string): Answers => ({
  overall,
  courtesy: overall,
  clarity: Math.max(1, overall - 1),
  speed: overall,
  recommend,
  ...(comment ? { comment } : {}),
});

export async function startSurveyWorld() {
  const server = await TestServer.start();
  const officerA = await server.userWithRoles(['STAFF'], 'survey-officer-a');
  const officerB = await server.userWithRoles(['STAFF'], 'survey-officer-b');
  const manager = await server.userWithRoles(['MANAGER'], 'survey-manager');
  const analyst = await server.userWithRoles(['ANALYST'], 'survey-analyst');
  const anonymous = server.client();
  const b = await officerA.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
    'mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } } }',
    {
      i: {
        fullName: 'ريم عبدالعزيز الدوسري',
        nationalId: withCheckDigit('107788990'),
        mobile: '0566667777',
        city: 'الدمام',
        gender: 'FEMALE',
      },
    },
  );
  const beneficiaryId = b.data!.beneficiaryCreate.beneficiary.id;

  const count = async (table: string) => {
    const [row] = await server.app.orm.em
      .getConnection()
      .execute<{ n: number }[]>(`select count(*) as n from ${table}`);
    return Number(row!.n);
  };

  /** Opens an inquiry and closes it: the payload carries the survey link. */
  const closeInquiry = async (officer: GraphQLClient, channelKey: string): Promise<Closed> => {
    const opened = await officer.graphql<{
      transactionOpen: { transaction: { id: string; version: number; reference: string } };
    }>(
      'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id version reference } } }',
      { i: { beneficiaryId, channelKey, type: 'INQUIRY', subject: 'استفسار عن الخدمات' } },
    );
    const t = opened.data!.transactionOpen.transaction;
    const closed = await officer.graphql<{
      transactionCloseInquiry: {
        errors: unknown[];
        surveyInvitation: { token: string; expiresAt: string } | null;
      };
    }>(
      'mutation($i: TransactionCloseInquiryInput!) { transactionCloseInquiry(input: $i) { errors { code } surveyInvitation { token expiresAt } } }',
      { i: { id: t.id, expectedVersion: t.version } },
    );
    expect(closed.data!.transactionCloseInquiry.errors).toEqual([]);
    return {
      id: t.id,
      reference: t.reference,
      token: closed.data!.transactionCloseInquiry.surveyInvitation!.token,
    };
  };

  const submit = (token: string, answers: Answers, suggestion?: string) =>
    anonymous.graphql<{ surveySubmit: { recorded: boolean; errors: { code: string }[] } }>(
      'mutation($i: SurveySubmitInput!) { surveySubmit(input: $i) { recorded errors { code } } }',
      { i: { token, answers, suggestion } },
    );
  const state = async (token: string) => {
    const res = await anonymous.graphql<{ survey: { state: string } }>(
      'query($t: String!) { survey(token: $t) { state } }',
      { t: token },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.survey.state;
  };
  return {
    server,
    officerA,
    officerB,
    manager,
    analyst,
    anonymous,
    beneficiaryId,
    count,
    closeInquiry,
    submit,
    state,
  };
}

export type SurveyWorld = Awaited<ReturnType<typeof startSurveyWorld>>;
