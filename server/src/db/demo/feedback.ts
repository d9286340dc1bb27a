/** Demo suggestions and complaints: now and then one about a transaction, older ones answered. */
import { foldArabic } from '../../modules/common/arabic.js';
import { DAY, type DemoContext } from './demo-context.js';
import * as words from './demo-data.js';
import type { WrittenTransaction } from './transactions.js';

/** Now and then (1.5% of transactions) a suggestion or a complaint about the transaction. */
export function writeFeedback(ctx: DemoContext, tx: WrittenTransaction) {
  const { rnd, now } = ctx;
  if (!rnd.chance(0.015)) return;
  const complaint = rnd.chance(0.4);
  const [subject, body] = rnd.pick(complaint ? words.COMPLAINTS : words.SUGGESTIONS);
  const received = tx.opened + rnd.int(0, 5) * DAY;
  if (received > now) return;
  const age = (now - received) / DAY;
  const status = age > 45 ? 'CLOSED' : age > 20 ? 'ANSWERED' : age > 7 ? 'UNDER_REVIEW' : 'NEW';
  const answered = status === 'ANSWERED' || status === 'CLOSED';
  const id = ctx.ids.feedback++;
  ctx.tables.feedback.add({
    id,
    createdAt: received,
    updatedAt: received,
    reference: `FB-${new Date(received).getUTCFullYear()}-${String(id).padStart(6, '0')}`,
    kind: complaint ? 'COMPLAINT' : 'SUGGESTION',
    source: 'STAFF',
    channelKey: tx.channel.key,
    subject,
    body,
    searchText: foldArabic(`${subject} ${body}`),
    beneficiary: tx.person.id,
    transaction: tx.id,
    status,
    assignee: status === 'NEW' ? null : tx.officer.id,
    response: answered ? 'شكراً لملاحظتك، أحيلت إلى الإدارة وستؤخذ في الاعتبار.' : null,
    receivedAt: received,
    answeredAt: answered ? received + 10 * DAY : null,
    closedAt: status === 'CLOSED' ? received + 20 * DAY : null,
    createdBy: tx.officer.id,
  });
}
