import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import {
  emptyListState,
  readListQuery,
  toTransactionFilter,
  toTransactionSort,
} from './transaction-filter';
import {
  TRANSACTIONS_EXPORT_PATH,
  transactionExportUrl,
  useTransactionExport,
} from './use-transaction-export';

describe('transactions CSV export: the list as shown', () => {
  it('sends the filter and sort the list sends to GraphQL, as JSON, and the language', () => {
    const state = readListQuery({
      q: 'فاطمة',
      status: 'OPEN,AWAITING_COMMITTEE',
      channel: 'PHONE',
      overdue: '1',
      sort: 'openedAt:asc',
    });
    const filter = toTransactionFilter(state);
    const sort = toTransactionSort(state);
    const url = new URL(transactionExportUrl(filter, sort, 'ar'), 'http://masar.test');
    expect(url.pathname).toBe(TRANSACTIONS_EXPORT_PATH);
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({
      search: 'فاطمة',
      status: ['OPEN', 'AWAITING_COMMITTEE'],
      channelKey: 'PHONE',
      committeeOverdue: true,
    });
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual(filter);
    expect(JSON.parse(url.searchParams.get('sort')!)).toEqual({
      field: 'OPENED_AT',
      direction: 'ASC',
    });
    expect(url.searchParams.get('lang')).toBe('ar');
    // Everything is encoded: no raw JSON or Arabic in the address.
    expect(transactionExportUrl(filter, sort, 'ar')).not.toMatch(/[{}"\u0600-\u06ff ]/);
  });

  it("leaves out what is not set: the whole list in the server's order", () => {
    const state = emptyListState();
    expect(transactionExportUrl(toTransactionFilter(state), toTransactionSort(state), 'en')).toBe(
      `${TRANSACTIONS_EXPORT_PATH}?lang=en`,
    );
  });

  it('keeps the "opened between" days as the same instants as the list', () => {
    const state = readListQuery({ from: '2026-05-01', to: '2026-05-31' });
    const url = new URL(transactionExportUrl(toTransactionFilter(state), null, 'en'), 'http://x');
    const filter = JSON.parse(url.searchParams.get('filter')!);
    expect(filter).toEqual(toTransactionFilter(state));
    expect(Object.keys(filter)).toEqual(['openedFrom', 'openedTo']);
  });

  it('carries the event condition of a drill-down from the dashboard (Riyadh days)', () => {
    const state = readListQuery({
      ev: 'APPROVED,REJECTED',
      evFrom: '2026-01-01',
      evTo: '2026-01-31',
      late: '1',
    });
    const url = new URL(transactionExportUrl(toTransactionFilter(state), null, 'ar'), 'http://x');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({
      event: {
        kinds: ['APPROVED', 'REJECTED'],
        from: '2025-12-31T21:00:00.000Z',
        to: '2026-01-31T21:00:00.000Z',
        late: true,
      },
    });
  });
});

describe('transactions CSV export: download and refusals', () => {
  let exporter: ReturnType<typeof useTransactionExport>;
  const Host = defineComponent({
    setup() {
      exporter = useTransactionExport();
      return () => h('div');
    },
  });
  const created: Blob[] = [];
  const clicked: string[] = [];

  beforeEach(() => {
    created.length = 0;
    clicked.length = 0;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:masar/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('downloads the file the server sends, under its name, with the session cookie', async () => {
    const csv = '\uFEFFالمرجع,النوع\r\nT-1,استفسار\r\n';
    const fetchMock = vi.fn(
      async () =>
        new Response(csv, {
          status: 200,
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': 'attachment; filename="transactions-2026-11-27.csv"',
          },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    mountWithPlugins(Host, { locale: 'ar' });
    const filter = { status: ['OPEN' as const] };
    const done = exporter.exportCsv(filter, null, 'ar');
    expect(exporter.exporting.value).toBe(true);
    expect(await done).toBe(true);
    expect(exporter.exporting.value).toBe(false);
    expect(exporter.error.value).toBeNull();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(transactionExportUrl(filter, null, 'ar'));
    expect(init.credentials).toBe('same-origin');
    expect(clicked).toEqual(['transactions-2026-11-27.csv']);
    // The bytes as sent, byte order mark included.
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('shows the refusal of a bad filter (400) instead of downloading', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              errors: [{ code: 'BAD_USER_INPUT', message: 'filter.status: bad', field: 'filter' }],
            }),
            { status: 400, headers: { 'Content-Type': 'application/json' } },
          ),
      ),
    );
    mountWithPlugins(Host, { locale: 'en' });
    expect(await exporter.exportCsv(null, null, 'en')).toBe(false);
    expect(exporter.error.value).toBe(
      'The export failed: the server refused the filters (filter.status: bad)',
    );
    expect(clicked).toEqual([]);
  });

  it('says so when the session has ended or the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"errors":[{"code":"UNAUTHENTICATED"}]}', { status: 401 })),
    );
    mountWithPlugins(Host, { locale: 'en' });
    await exporter.exportCsv(null, null, 'en');
    expect(exporter.error.value).toBe('Your session has ended: sign in again.');

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await exporter.exportCsv(null, null, 'en');
    expect(exporter.error.value).toContain('The server could not be reached');
    expect(exporter.exporting.value).toBe(false);
  });
});
