import type { ApolloServerPlugin } from '@apollo/server';
import { actorOf, type Context } from '../../context.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';

/** Notes that this request returns these beneficiaries' personal data. */
export function notePersonalDataRead(ctx: Context, ...ids: number[]): void {
  for (const id of ids) ctx.personalDataReads.add(id);
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
