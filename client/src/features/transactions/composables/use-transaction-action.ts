import type { IssuedSurveyLink } from '@/features/satisfaction/composables/survey-link';
import { ref } from 'vue';
import { useApolloClient } from '@vue/apollo-composable';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';
import {
  SupportDeliveryRecordDocument,
  TransactionAttestDocument,
  TransactionCloseInquiryDocument,
  TransactionCompleteStepDocument,
  TransactionDecideDocument,
  TransactionDeliverDocument,
  TransactionReferDocument,
  TransactionResumeDocument,
  TransactionReturnFromReferralDocument,
  TransactionSubmitToCommitteeDocument,
  TransactionWithdrawDocument,
  type TransactionAction,
  type TransactionDetailFragment,
  type TransactionStatus,
} from '@/gql/graphql';
import type { PayloadError } from '@/shared/graphql-errors';

/** Each action's mutation and the name of its root field. */
const MUTATIONS: Record<
  TransactionAction,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  { document: TypedDocumentNode<any, any>; field: string }
> = {
  COMPLETE_STEP: { document: TransactionCompleteStepDocument, field: 'transactionCompleteStep' },
  CLOSE_INQUIRY: { document: TransactionCloseInquiryDocument, field: 'transactionCloseInquiry' },
  REFER: { document: TransactionReferDocument, field: 'transactionRefer' },
  RETURN_FROM_REFERRAL: {
    document: TransactionReturnFromReferralDocument,
    field: 'transactionReturnFromReferral',
  },
  ATTEST: { document: TransactionAttestDocument, field: 'transactionAttest' },
  SUBMIT_TO_COMMITTEE: {
    document: TransactionSubmitToCommitteeDocument,
    field: 'transactionSubmitToCommittee',
  },
  DECIDE: { document: TransactionDecideDocument, field: 'transactionDecide' },
  RESUME: { document: TransactionResumeDocument, field: 'transactionResume' },
  DELIVER: { document: TransactionDeliverDocument, field: 'transactionDeliver' },
  RECORD_DELIVERY: { document: SupportDeliveryRecordDocument, field: 'supportDeliveryRecord' },
  WITHDRAW: { document: TransactionWithdrawDocument, field: 'transactionWithdraw' },
};

/** The newer state named by a `CONFLICT` error. */
export interface ConflictInfo {
  currentVersion: number | null;
  status: TransactionStatus | null;
  currentStep: string | null;
}

/**
 * What the action panel and the step card tell the transaction page: the transaction after an
 * action (with the survey link it issued, if any), or that someone else acted first.
 */
export interface TransactionActionEvents {
  done: [transaction: TransactionDetailFragment, surveyLink: IssuedSurveyLink | null];
  conflict: [info: ConflictInfo];
}

export type ActionOutcome =
  | { kind: 'done'; transaction: TransactionDetailFragment; surveyLink: IssuedSurveyLink | null }
  | { kind: 'refused'; errors: PayloadError[] }
  | { kind: 'conflict'; conflict: ConflictInfo };

/** Reads a `CONFLICT` GraphQL error out of whatever a request threw; null for anything else. */
export function readConflict(error: unknown): ConflictInfo | null {
  const errors = (error as { graphQLErrors?: readonly GraphQLFormattedError[] })?.graphQLErrors;
  const first = errors?.find((e) => e.extensions?.code === 'CONFLICT');
  if (!first) return null;
  const ext = first.extensions as Record<string, unknown>;
  return {
    currentVersion: typeof ext.currentVersion === 'number' ? ext.currentVersion : null,
    status: typeof ext.status === 'string' ? (ext.status as TransactionStatus) : null,
    currentStep: typeof ext.currentStep === 'string' ? ext.currentStep : null,
  };
}

/**
 * Takes an action on a transaction: the mutation of that action with the transaction's id and
 * the `version` it was read at (`expectedVersion`). The answer is the changed transaction, the
 * server's refusal (`errors`, nothing changed), or a conflict when someone acted first. Other
 * failures (network, forbidden) are thrown.
 */
export function useTransactionAction() {
  const { resolveClient } = useApolloClient();
  const running = ref(false);

  async function run(
    action: TransactionAction,
    target: { id: string; version: number },
    input: Record<string, unknown>,
  ): Promise<ActionOutcome> {
    const { document, field } = MUTATIONS[action];
    running.value = true;
    try {
      const res = await resolveClient().mutate({
        mutation: document,
        variables: { input: { id: target.id, expectedVersion: target.version, ...input } },
      });
      const payload = (res.data as Record<string, unknown> | null | undefined)?.[field] as
        | {
            transaction: TransactionDetailFragment | null;
            errors: PayloadError[];
            surveyInvitation?: IssuedSurveyLink | null;
          }
        | undefined;
      if (!payload) throw new Error(`${field} returned nothing`);
      if (payload.errors.length || !payload.transaction) {
        return { kind: 'refused', errors: payload.errors };
      }
      return {
        kind: 'done',
        transaction: payload.transaction,
        surveyLink: payload.surveyInvitation ?? null,
      };
    } catch (err) {
      const conflict = readConflict(err);
      if (conflict) return { kind: 'conflict', conflict };
      throw err;
    } finally {
      running.value = false;
    }
  }

  return { run, running };
}
