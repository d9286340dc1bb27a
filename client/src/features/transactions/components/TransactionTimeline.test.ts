import { describe, expect, it } from 'vitest';
import TransactionTimeline from './TransactionTimeline.vue';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';

const event = (id: string, kind: string, at: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'TransactionEvent',
  id,
  kind,
  actorName: 'sara',
  actorDisplayName: 'سارة الموظفة',
  at,
  note: null,
  data: null,
  ...extra,
});
const note = (id: string, at: string, body: string) => ({
  __typename: 'TransactionNote',
  id,
  body,
  authorName: 'khalid',
  authorDisplayName: 'خالد الموظف',
  at,
});

function timeline(locale: 'ar' | 'en') {
  const { wrapper } = mountWithPlugins(TransactionTimeline, {
    locale,
    props: {
      events: [
        event('1', 'OPENED', '2026-12-07T08:00:00.000Z'),
        event('2', 'ASSIGNED', '2026-12-07T10:00:00.000Z', {
          note: 'إجازة',
          data: {
            assignedFrom: 'sara',
            assignedFromName: 'سارة الموظفة',
            assignedTo: 'khalid',
            assignedToName: 'خالد الموظف',
          },
        }),
      ],
      notes: [
        note('9', '2026-12-07T09:00:00.000Z', 'اتصلت <b>ولم</b> يرد\nسأعاود'),
        note('10', '2026-12-07T11:00:00.000Z', 'بعد إعادة الإسناد'),
      ],
    },
  });
  return wrapper;
}
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('timeline with internal notes', () => {
  it('puts the notes among the events in time order, set apart as internal', () => {
    const wrapper = timeline('ar');
    const order = wrapper
      .findAll('[data-testid="timeline"] > li')
      .map((li) => li.attributes('data-testid'));
    expect(order).toEqual(['timeline-event', 'timeline-note', 'timeline-event', 'timeline-note']);
    const first = wrapper.get('[data-testid="timeline-note"]');
    expect(first.text()).toContain('ملاحظة داخلية');
    expect(first.text()).toContain('خالد الموظف');
  });

  it('shows a note as the text typed, never as markup', () => {
    const body = timeline('en').get('[data-testid="timeline-note-body"]');
    expect(body.text()).toBe('اتصلت <b>ولم</b> يرد\nسأعاود');
    expect(body.find('b').exists()).toBe(false);
  });

  it('says who a reassignment went from and to, and why', () => {
    for (const [locale, line] of [
      ['ar', 'من سارة الموظفة إلى خالد الموظف'],
      ['en', 'From سارة الموظفة to خالد الموظف'],
    ] as const) {
      const assigned = timeline(locale).get('[data-kind="ASSIGNED"]');
      expect(plain(assigned.text())).toContain(line);
      expect(assigned.text()).toContain('إجازة');
    }
  });
});
