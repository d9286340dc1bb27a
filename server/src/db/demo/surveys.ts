/**
 * Demo satisfaction: a survey link for each transaction closed with a service given, some answered
 * (a few by phone with an officer), and an improvement action for each poor answer.
 */
import { createHash } from 'node:crypto';
import { daysBetween, handlingBucket } from '../../modules/common/periods.js';
import { storedComment } from '../../modules/satisfaction/redact-store.js';
import { DAY, type DemoContext } from './demo-context.js';
import * as words from './demo-data.js';
import type { WrittenTransaction } from './transactions.js';

/** Writes the survey link of a closed transaction (not withdrawn), and its answer if any. */
export function writeSurvey(ctx: DemoContext, tx: WrittenTransaction) {
  if (tx.closedAt === null || tx.outcome === 'WITHDRAWN') return;
  const { rnd, now } = ctx;
  const { officer } = tx;
  const issued: number = tx.closedAt;
  const keys = ctx.keysOf(issued);
  const days = daysBetween(new Date(tx.opened), new Date(issued));
  const invitation = ctx.ids.invitations++;
  const selfAnswer = rnd.chance(0.42);
  const assisted = !selfAnswer && rnd.chance(0.1);
  const answeredAt = issued + (assisted ? rnd.int(1, 3) * DAY : rnd.next() * 4 * DAY);
  const answered = (selfAnswer || assisted) && answeredAt <= now;
  ctx.tables.invitations.add({
    id: invitation,
    createdAt: issued,
    updatedAt: issued,
    transaction: tx.id,
    tokenHash: createHash('sha256').update(`demo:${ctx.seed}:${invitation}`).digest('hex'),
    issuedAt: issued,
    expiresAt: issued + 30 * DAY,
    usedAt: answered ? answeredAt : null,
    issuedBy: officer.id,
    channelKey: tx.channel.key,
    transactionType: tx.type,
    policyVersionNumber: ctx.policy.number,
    officer: officer.id,
    handlingDays: days,
    handlingBucket: handlingBucket(days),
    issuedDay: keys.day,
    issuedWeek: keys.week,
    issuedMonth: keys.month,
    issuedHijriMonth: keys.hijriMonth,
  });
  if (!answered) return;

  // Satisfaction leans positive; long handling, late decisions and rejections pull it down.
  const penalty = (days > 30 ? 1 : 0) + (tx.late ? 1 : 0) + (tx.outcome === 'REJECTED' ? 1.2 : 0);
  const overall = Math.max(
    1,
    Math.min(
      5,
      Math.round(
        rnd.weighted([
          [5, 45],
          [4, 30],
          [3, 13],
          [2, 7],
          [1, 5],
        ] as const) -
          penalty * rnd.next(),
      ),
    ),
  );
  const near = () => Math.max(1, Math.min(5, overall + rnd.int(-1, 1)));
  const recommend = Math.max(
    0,
    Math.min(10, overall * 2 + rnd.int(-2, 0) + (overall === 5 ? rnd.int(0, 1) : 0)),
  );
  const comment = rnd.chance(0.3)
    ? rnd.pick(
        overall >= 4
          ? words.POSITIVE_COMMENTS
          : overall === 3
            ? words.NEUTRAL_COMMENTS
            : words.NEGATIVE_COMMENTS,
      )
    : null;
  const response = ctx.ids.responses++;
  const stored = storedComment(comment, [tx.person.name]);
  ctx.tables.responses.add({
    id: response,
    createdAt: answeredAt,
    updatedAt: answeredAt,
    invitation,
    submittedAt: answeredAt,
    mode: assisted ? 'STAFF_ASSISTED' : 'SELF',
    recordedBy: assisted ? officer.id : null,
    overall,
    // In this order: each draws from the random source.
    courtesy: near(),
    clarity: near(),
    speed: near(),
    recommend,
    comment,
    commentRedacted: stored.commentRedacted,
    commentFolded: stored.commentFolded,
    commentRedactedFolded: stored.commentRedactedFolded,
  });
  if (overall > 2) return;
  const closed = answeredAt < now - 14 * DAY && rnd.chance(0.7);
  const closedAt = answeredAt + rnd.int(3, 12) * DAY;
  ctx.tables.actions.add({
    id: ctx.ids.actions++,
    createdAt: answeredAt,
    updatedAt: answeredAt,
    response,
    status: closed ? 'CLOSED' : 'OPEN',
    openedAt: answeredAt,
    closedAt: closed ? closedAt : null,
    closedBy: closed ? ctx.users.manager.id : null,
    actionTaken: closed ? rnd.pick(words.IMPROVEMENTS) : null,
  });
}
