import { describe, expect, it } from 'vitest';
import { shownActions } from '@/features/transactions/composables/transaction-labels';
import {
  awardTotal,
  isCompleteAward,
  isEmptyAward,
  occurrencesOf,
  recentToWarnOf,
  wholeNumber,
  type AwardDraft,
} from './support-award';
import { withinOf } from './renewals-filter';

const draft = (over: Partial<AwardDraft> = {}): AwardDraft => ({
  supportTypeKey: 'FOOD_BASKET',
  quantity: 2,
  frequency: 'MONTHLY',
  validityMonths: 6,
  ...over,
});

describe('what the committee approves: the total, counted as the server counts it', () => {
  it('multiplies the quantity by the deliveries the frequency makes within the validity', () => {
    expect(awardTotal(draft())).toBe(12);
    expect(awardTotal(draft({ frequency: 'QUARTERLY', validityMonths: 7 }))).toBe(6); // 3 deliveries
    expect(awardTotal(draft({ frequency: 'YEARLY', validityMonths: 6, quantity: 5000 }))).toBe(
      5000,
    );
    expect(awardTotal(draft({ frequency: 'ONCE', validityMonths: 36, quantity: 3 }))).toBe(3);
    expect(occurrencesOf('MONTHLY', 12)).toBe(12);
  });

  it('has no total until every field is filled within the limits', () => {
    expect(awardTotal(draft({ quantity: null }))).toBeNull();
    expect(awardTotal(draft({ validityMonths: 37 }))).toBeNull();
    expect(awardTotal(draft({ quantity: 1.5 }))).toBeNull();
    expect(awardTotal(draft({ frequency: null }))).toBeNull();
  });

  it('is optional: empty goes, complete goes, half-filled does not', () => {
    const empty = { supportTypeKey: null, quantity: null, frequency: null, validityMonths: null };
    expect(isEmptyAward(empty)).toBe(true);
    expect(isCompleteAward(draft())).toBe(true);
    expect(isEmptyAward(draft({ quantity: null }))).toBe(false);
    expect(isCompleteAward(draft({ quantity: null }))).toBe(false);
    expect([wholeNumber(''), wholeNumber(' 4 '), wholeNumber('x')]).toEqual([null, 4, null]);
  });
});

describe('the recent-support warning', () => {
  const d = (key: string, day: string) => ({ deliveredOn: day, supportType: { key } });
  const recent = [d('CASH', '2026-11-20'), d('FOOD_BASKET', '2026-11-01'), d('CASH', '2026-10-01')];

  it('names the newest delivery of the type proposed, and nothing of other types', () => {
    expect(recentToWarnOf(recent, 'CASH')).toEqual([recent[0]]);
    expect(recentToWarnOf(recent, 'RENT')).toEqual([]);
  });

  it('names the newest of every type when nothing is proposed', () => {
    expect(recentToWarnOf(recent, null)).toEqual([recent[0], recent[1]]);
  });
});

describe('which delivery actions show at step 7', () => {
  const at = (award: Parameters<typeof shownActions>[0]['supportAward']) =>
    shownActions(
      { availableActions: ['RECORD_DELIVERY', 'DELIVER', 'WITHDRAW'], supportAward: award },
      '2026-12-07',
    );
  const registered = {
    __typename: 'SupportAward' as const,
    id: '1',
    stage: 'REGISTERED' as const,
    totalQuantity: 3,
    deliveredQuantity: 1,
    validUntil: '2027-06-06',
  };

  it('records deliveries of a registered award, without the plain delivery while some is left', () => {
    expect(at(registered)).toEqual(['RECORD_DELIVERY', 'WITHDRAW']);
  });

  it('offers only the plain delivery without an award, or once its registration lapsed', () => {
    expect(at(null)).toEqual(['DELIVER', 'WITHDRAW']);
    expect(at({ ...registered, validUntil: '2026-12-06' })).toEqual([
      'RECORD_DELIVERY',
      'DELIVER',
      'WITHDRAW',
    ]);
  });
});

describe('the renewal list’s period in the address', () => {
  it('reads an offered number of days, else 30', () => {
    expect([withinOf('60'), withinOf(['7']), withinOf('1000'), withinOf(undefined)]).toEqual([
      60, 7, 30, 30,
    ]);
  });
});
