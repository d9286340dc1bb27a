import type { ApolloServerPlugin } from '@apollo/server';
import { actorOf, type Context } from '../../context.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { recordAudit } from '../audit/audit.service.js';

/** Where a request keeps the beneficiaries it returned (the request's context). */
export type PersonalDataReads = Pick<Context, 'personalDataReads'>;

/** Notes that this request returns these beneficiaries' personal data. */
export function notePersonalDataRead(ctx: PersonalDataReads, ...ids: number[]): void {
  for (const id of ids) ctx.personalDataReads.add(id);
}

/**
 * A search that finds people (by national ID, mobile or name) is a read of their personal data,
 * whatever fields the caller then asks for: one audit row says that a search was made, by which
 * filters and how many it matched, and which beneficiaries the page returned (never the search
 * term, which is itself personal data); each of them also gets its `beneficiary.read` row.
 * Written at once in its own unit of work, like the reads.
 */
export async function recordPersonalDataSearch(
  ctx: Context,
  input: { action: string; by: string[]; matches: number; beneficiaryIds: number[] },
): Promise<void> {
  const beneficiaries = [...new Set(input.beneficiaryIds)];
  notePersonalDataRead(ctx, ...beneficiaries);
  const em = ctx.em.fork();
  recordAudit(em, actorOf(ctx), {
    action: input.action,
    targetType: 'Beneficiary',
    after: { by: input.by, matches: input.matches, beneficiaries },
  });
  await em.flush();
}

/**
 * Writes one `beneficiary.read` audit row per beneficiary the request returned, all in one
 * insert before the response leaves: a page of 50 transactions costs one statement, not 50.
 * Runs in its own unit of work (a read has no change to join).
 */
export const personalDataReadsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue: ctx }) {
        if (!ctx.personalDataReads?.size) return;
        const actor = actorOf(ctx);
        const at = new Date();
        await ctx.em.fork().insertMany(
          AuditEntry,
          [...ctx.personalDataReads].map((id) => ({
            at,
            actorId: actor.userId,
            actorName: actor.username,
            action: 'beneficiary.read',
            targetType: 'Beneficiary',
            targetId: String(id),
            before: null,
            after: null,
            requestId: actor.requestId,
            ip: actor.ip,
          })),
        );
        ctx.personalDataReads.clear();
      },
    };
  },
};
