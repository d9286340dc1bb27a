import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';

/**
 * Named views of the transactions list (issue 16 item 16): a user's saved filter and order, the
 * filter being the list's own input (refused as the list refuses it); private to the owner until
 * shared with all staff; changed only by its owner, or by a manager once shared; never an analyst's.
 */
describe(`transaction list views (${testEngine})`, () => {
  let server: TestServer;
  let sara: GraphQLClient;
  let omar: GraphQLClient;
  let manager: GraphQLClient;
  let analyst: GraphQLClient;

  const VIEW = `id name shared mine canEdit ownerDisplayName
    filter { status search assignedToMe openedFrom openedTo event { kinds from to late } }
    sort { field direction }`;
  interface View {
    id: string;
    name: string;
    shared: boolean;
    mine: boolean;
    canEdit: boolean;
    ownerDisplayName: string;
    filter: Record<string, unknown> & { event: Record<string, unknown> | null };
    sort: { field: string; direction: string } | null;
  }
  type Errors = { code: string; field: string | null }[];

  async function create(who: GraphQLClient, input: Record<string, unknown>) {
    const r = await who.graphql<{
      transactionViewCreate: { view: View | null; errors: Errors };
    }>(
      `mutation($i: TransactionViewCreateInput!) { transactionViewCreate(input: $i) {
        view { ${VIEW} } errors { code field } } }`,
      { i: input },
    );
    return { ...r, payload: r.data?.transactionViewCreate };
  }
  async function list(who: GraphQLClient) {
    const r = await who.graphql<{
      transactionViews: { totalCount: number; edges: { node: View }[] };
    }>(`{ transactionViews(first: 100) { totalCount edges { node { ${VIEW} } } } }`);
    return { ...r, views: r.data?.transactionViews.edges.map((e) => e.node) ?? [] };
  }
  async function change(who: GraphQLClient, op: 'Rename' | 'Share' | 'Delete', input: object) {
    const result = op === 'Delete' ? 'deletedId' : `view { ${VIEW} }`;
    const r = await who.graphql<
      Record<string, { errors: Errors; view?: View; deletedId?: string }>
    >(
      `mutation($i: TransactionView${op}Input!) { transactionView${op}(input: $i) {
        ${result} errors { code field } } }`,
      { i: input },
    );
    return { ...r, payload: r.data?.[`transactionView${op}`] };
  }
  const codes = (r: { payload?: { errors: Errors } }) => r.payload?.errors.map((e) => e.code);

  beforeAll(async () => {
    server = await TestServer.start();
    sara = await server.userWithRoles(['STAFF'], 'tv-sara');
    omar = await server.userWithRoles(['STAFF'], 'tv-omar');
    manager = await server.userWithRoles(['MANAGER'], 'tv-manager');
    analyst = await server.userWithRoles(['ANALYST'], 'tv-analyst');
  });
  afterAll(() => server?.stop());

  it('saves the list’s filter and order under a name and gives them back as saved', async () => {
    const r = await create(sara, {
      name: '  My   open ones ',
      filter: {
        status: ['OPEN', 'REFERRED'],
        search: 'ليلى',
        assignedToMe: true,
        openedFrom: '2026-11-30T21:00:00.000Z',
        openedTo: null,
        event: { kinds: ['REFERRED'], from: '2026-11-01T00:00:00.000Z', late: false },
      },
      sort: { field: 'COMMITTEE_DUE_AT', direction: 'ASC' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.payload?.errors).toEqual([]);
    const view = r.payload!.view!;
    expect(view).toMatchObject({ name: 'My open ones', shared: false, mine: true, canEdit: true });
    expect(view.filter).toMatchObject({
      status: ['OPEN', 'REFERRED'],
      search: 'ليلى',
      assignedToMe: true,
      openedFrom: '2026-11-30T21:00:00.000Z',
      openedTo: null,
      event: { kinds: ['REFERRED'], from: '2026-11-01T00:00:00.000Z', to: null, late: false },
    });
    expect(view.sort).toEqual({ field: 'COMMITTEE_DUE_AT', direction: 'ASC' });
    // A view with no filter and no order: the whole list, newest first.
    const all = await create(sara, { name: 'Everything' });
    expect(all.payload?.view?.filter).toMatchObject({ status: null, event: null });
    expect(all.payload?.view?.sort).toBeNull();
  });

  it('refuses a name that is empty, too long or already one of the owner’s (case and spacing aside)', async () => {
    expect(codes(await create(sara, { name: '   ' }))).toEqual(['INVALID_NAME']);
    expect(codes(await create(sara, { name: 'x'.repeat(61) }))).toEqual(['INVALID_NAME']);
    expect(codes(await create(sara, { name: 'م'.repeat(60) }))).toEqual([]);
    const taken = await create(sara, { name: 'my OPEN  ones' });
    expect(taken.payload?.errors).toEqual([{ code: 'NAME_TAKEN', field: 'name' }]);
    // Another user may use the same name.
    expect(codes(await create(omar, { name: 'My open ones' }))).toEqual([]);
  });

  it('refuses a filter the list itself would refuse, and saves nothing', async () => {
    const before = (await list(sara)).views.length;
    const refusals = [
      { status: ['NOT_A_STATUS'] },
      { search: 'x'.repeat(81) },
      { stepKey: '' },
      { assigneeId: 'abc' },
      { event: { from: '2026-12-01T00:00:00Z', to: '2026-11-01T00:00:00Z' } },
      { event: { referralReasonKey: 'lower case' } },
      { anything: 'else' },
    ];
    for (const filter of refusals) {
      const r = await create(sara, { name: `bad ${JSON.stringify(filter)}`.slice(0, 60), filter });
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
    }
    const badSort = await create(sara, { name: 'bad sort', sort: { field: 'BENEFICIARY' } });
    expect(badSort.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await list(sara)).views.length).toBe(before);
  });

  it('keeps a view to its owner until shared, then lists it for all staff, changed by its owner or a manager only', async () => {
    const mine = (await create(sara, { name: 'Committee late' })).payload!.view!;
    expect((await list(omar)).views.map((v) => v.id)).not.toContain(mine.id);
    expect((await list(manager)).views.map((v) => v.id)).not.toContain(mine.id);

    // Another officer cannot even find a view that is not shared.
    for (const [op, input] of [
      ['Rename', { id: mine.id, name: 'taken over' }],
      ['Share', { id: mine.id, shared: true }],
      ['Delete', { id: mine.id }],
    ] as const) {
      expect(codes(await change(omar, op, input)), op).toEqual(['NOT_FOUND']);
      expect(codes(await change(manager, op, input)), op).toEqual(['NOT_FOUND']);
    }

    const shared = await change(sara, 'Share', { id: mine.id, shared: true });
    expect(shared.payload?.view).toMatchObject({ shared: true, mine: true, canEdit: true });
    const seenByOmar = (await list(omar)).views.find((v) => v.id === mine.id);
    expect(seenByOmar).toMatchObject({ name: 'Committee late', mine: false, canEdit: false });
    expect(seenByOmar?.ownerDisplayName).toBeTruthy();
    expect((await list(manager)).views.find((v) => v.id === mine.id)?.canEdit).toBe(true);

    // Shared, it is still not another officer's to change.
    for (const [op, input] of [
      ['Rename', { id: mine.id, name: 'taken over' }],
      ['Share', { id: mine.id, shared: false }],
      ['Delete', { id: mine.id }],
    ] as const) {
      expect(codes(await change(omar, op, input)), op).toEqual(['NOT_ALLOWED']);
    }
    expect((await list(sara)).views.find((v) => v.id === mine.id)?.name).toBe('Committee late');

    // A manager tidies the association's shared views: renames (unique among the owner's), deletes.
    expect(codes(await change(manager, 'Rename', { id: mine.id, name: 'everything' }))).toEqual([
      'NAME_TAKEN',
    ]);
    const renamed = await change(manager, 'Rename', { id: mine.id, name: 'Late decisions' });
    expect(renamed.payload?.view).toMatchObject({ name: 'Late decisions', mine: false });
    const deleted = await change(manager, 'Delete', { id: mine.id });
    expect(deleted.payload).toEqual({ deletedId: mine.id, errors: [] });
    expect((await list(sara)).views.map((v) => v.id)).not.toContain(mine.id);
  });

  it('lets the owner rename and delete their own view', async () => {
    const view = (await create(omar, { name: 'Phone inquiries', filter: { channelKey: 'PHONE' } }))
      .payload!.view!;
    const renamed = await change(omar, 'Rename', { id: view.id, name: 'Phone' });
    expect(renamed.payload?.view?.name).toBe('Phone');
    expect(codes(await change(omar, 'Rename', { id: view.id, name: '' }))).toEqual([
      'INVALID_NAME',
    ]);
    expect((await change(omar, 'Delete', { id: view.id })).payload?.deletedId).toBe(view.id);
    expect(codes(await change(omar, 'Delete', { id: view.id }))).toEqual(['NOT_FOUND']);
    expect((await change(omar, 'Delete', { id: 'x1' })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('is never an analyst’s, nor an anonymous visitor’s', async () => {
    const views = await list(analyst);
    expect(views.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await create(analyst, { name: 'mine' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const anonymous = await server.graphql<unknown>('{ transactionViews { totalCount } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
