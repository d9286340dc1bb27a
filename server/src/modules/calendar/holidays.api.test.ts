import { beforeAll, describe, expect, it } from 'vitest';
import { testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { transactionKit } from '../transactions/transaction-test-kit.js';
import { loadHolidaySeed } from './calendar.service.js';

const LIST = `query($year: Int!) { holidays(year: $year) {
  id startDate endDate startDateHijri endDateHijri name { ar en } kind status prefilled } }`;
const FIELDS = 'holiday { id startDate endDate kind status name { ar en } } errors { code field }';

interface Holiday {
  id: string;
  startDate: string;
  endDate: string;
  startDateHijri: string;
  endDateHijri: string;
  name: { ar: string; en: string };
  kind: string;
  status: string;
  prefilled: boolean;
}
interface Payload {
  holiday: Holiday | null;
  errors: { code: string; field: string | null }[];
}

describe(`the working calendar's holidays (${testEngine})`, () => {
  const { k } = transactionKit();
  let admin: GraphQLClient;
  let manager: GraphQLClient;
  let analyst: GraphQLClient;

  const list = async (c: GraphQLClient, year: number) => {
    const res = await c.graphql<{ holidays: Holiday[] }>(LIST, { year });
    expect(res.errors).toBeUndefined();
    return res.data!.holidays;
  };
  const change = async (c: GraphQLClient, mutation: string, input: Record<string, unknown>) => {
    const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const res = await c.graphql<Record<string, Payload>>(
      `mutation($input: ${type}!) { ${mutation}(input: $input) { ${FIELDS} } }`,
      { input },
    );
    return {
      payload: res.data?.[mutation] ?? null,
      codes: (res.errors ?? []).map((e) => e.extensions?.code),
    };
  };
  const audited = async (action: string) => {
    const res = await admin.graphql<{
      auditEntries: { edges: { node: { actorName: string; targetId: string } }[] };
    }>(
      `query($f: AuditFilter) { auditEntries(filter: $f, first: 10) { edges { node { actorName targetId } } } }`,
      { f: { action } },
    );
    return res.data!.auditEntries.edges.map((e) => e.node);
  };

  beforeAll(async () => {
    admin = await k.server.admin();
    manager = await k.server.userWithRoles(['MANAGER'], 'cal-manager');
    analyst = await k.server.userWithRoles(['ANALYST'], 'cal-analyst');
  });

  it('are pre-filled at start: Founding Day and National Day confirmed, both Eids estimated, in both calendars', async () => {
    const year = await list(k.officer, 2026);
    expect(year.map((h) => [h.kind, h.startDate, h.endDate, h.status, h.prefilled])).toEqual([
      ['FOUNDING_DAY', '2026-02-22', '2026-02-22', 'CONFIRMED', true],
      ['EID_AL_FITR', '2026-03-19', '2026-03-22', 'ESTIMATED', true],
      ['EID_AL_ADHA', '2026-05-26', '2026-05-29', 'ESTIMATED', true],
      ['NATIONAL_DAY', '2026-09-23', '2026-09-23', 'CONFIRMED', true],
    ]);
    expect(year[2]).toMatchObject({
      startDateHijri: '1447-12-09',
      endDateHijri: '1447-12-12',
      name: { ar: 'إجازة عيد الأضحى 1447هـ', en: 'Eid al-Adha holiday 1447 AH' },
    });
    // Not personal: every signed-in role reads them, analysts included.
    expect((await list(analyst, 2030)).length).toBe(4);
  });

  it('admins and managers confirm and correct them, audited; others are refused with a typed error', async () => {
    const [, fitr, adha] = await list(manager, 2027);
    expect(fitr!.kind).toBe('EID_AL_FITR');
    for (const c of [k.officer, k.committee, analyst]) {
      expect((await change(c, 'holidayConfirm', { id: fitr!.id })).codes).toEqual(['FORBIDDEN']);
    }
    const confirmed = await change(manager, 'holidayConfirm', { id: fitr!.id });
    expect(confirmed.payload).toMatchObject({ holiday: { status: 'CONFIRMED' }, errors: [] });
    expect(await audited('holiday.confirm')).toEqual([
      { actorName: 'cal-manager', targetId: fitr!.id },
    ]);
    // The announcement put Eid al-Adha a day later than Umm al-Qura's estimate.
    const moved = await change(admin, 'holidayUpdate', {
      id: adha!.id,
      startDate: '2027-05-16',
      endDate: '2027-05-19',
      status: 'CONFIRMED',
    });
    expect(moved.payload).toMatchObject({
      holiday: { startDate: '2027-05-16', endDate: '2027-05-19', status: 'CONFIRMED' },
      errors: [],
    });
    expect((await audited('holiday.confirm')).map((a) => a.targetId)).toContain(adha!.id);
  });

  it('adds and removes a holiday; refuses bad input field by field, changing nothing', async () => {
    const good = {
      startDate: '2027-01-10',
      endDate: '2027-01-11',
      nameAr: 'إجازة استثنائية',
      nameEn: 'Exceptional holiday',
      kind: 'OTHER',
    };
    expect((await change(k.officer, 'holidayAdd', good)).codes).toEqual(['FORBIDDEN']);
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ startDate: '2027-02-30' }, 'INVALID_DATE', 'startDate'],
      [{ endDate: '2027-01-09' }, 'END_BEFORE_START', 'endDate'],
      [{ endDate: '2027-03-10' }, 'TOO_LONG', 'endDate'],
      [{ nameAr: '   ' }, 'REQUIRED', 'nameAr'],
      [{ startDate: '2027-09-22', endDate: '2027-09-24' }, 'HOLIDAY_OVERLAP', 'startDate'],
      [{ startDate: '1999-12-31' }, 'INVALID_DATE', 'startDate'],
    ];
    for (const [patch, code, field] of refusals) {
      const r = await change(manager, 'holidayAdd', { ...good, ...patch });
      expect(r.payload, code).toEqual({ holiday: null, errors: [{ code, field }] });
    }
    expect((await list(manager, 2027)).map((h) => h.kind)).not.toContain('OTHER');
    const added = await change(admin, 'holidayAdd', good);
    expect(added.payload).toMatchObject({
      holiday: { startDate: '2027-01-10', endDate: '2027-01-11', status: 'CONFIRMED' },
      errors: [],
    });
    const id = added.payload!.holiday!.id;
    expect((await list(k.officer, 2027))[0]).toMatchObject({ id, prefilled: false });
    expect((await change(analyst, 'holidayRemove', { id })).codes).toEqual(['FORBIDDEN']);
    expect((await change(manager, 'holidayRemove', { id })).payload!.errors).toEqual([]);
    expect((await list(k.officer, 2027)).map((h) => h.id)).not.toContain(id);
    expect((await change(manager, 'holidayRemove', { id })).codes).toEqual(['NOT_FOUND']);
    expect(await audited('holiday.remove')).toEqual([{ actorName: 'cal-manager', targetId: id }]);
  });

  it('a restart pre-fills nothing again: confirmations and removals stay', async () => {
    const founding = (await list(admin, 2028))[0]!;
    expect(founding.kind).toBe('FOUNDING_DAY');
    expect((await change(admin, 'holidayRemove', { id: founding.id })).payload!.errors).toEqual([]);
    expect(await loadHolidaySeed(k.server.app.orm.em.fork())).toBe(0);
    expect((await list(admin, 2028)).map((h) => h.kind)).not.toContain('FOUNDING_DAY');
    expect((await list(admin, 2027)).find((h) => h.kind === 'EID_AL_FITR')!.status).toBe(
      'CONFIRMED',
    );
  });
});
