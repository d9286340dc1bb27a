import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';
import { UPLOAD_HEADER } from '../common/uploads.js';
import { run, transactionKit, type Tx } from '../transactions/transaction-test-kit.js';

const pdf = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.alloc(3000, 0x20),
  Buffer.from('\n%%EOF\n'),
]);
const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

interface Doc {
  id: string;
  type: { key: string };
  issuedOn: string | null;
  expiresOn: string | null;
  current: boolean;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  downloadUrl: string;
  addedByDisplayName: string | null;
  removedAt: string | null;
}
const DOC = `id type { key } issuedOn expiresOn current filename contentType size sha256 downloadUrl addedByDisplayName removedAt`;

/** A day relative to today (UTC is close enough: the tests keep days away from the edge). */
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe(`the beneficiary's documents (${testEngine})`, () => {
  const { k, open, at, complete } = transactionKit();
  let manager: GraphQLClient;
  let analyst: GraphQLClient;
  let otherBeneficiaryId: string;

  const upload = (
    client: GraphQLClient | null,
    beneficiaryId: string,
    query: Record<string, string>,
    body: Buffer = pdf,
    headers: Record<string, string> = { [UPLOAD_HEADER]: '1' },
  ) =>
    fetch(
      `${k.server.app.url}/api/beneficiaries/${beneficiaryId}/documents?${new URLSearchParams(query)}`,
      {
        method: 'POST',
        headers: {
          'x-filename': encodeURIComponent('هوية سعد.pdf'),
          ...client?.headers,
          ...headers,
        },
        body: new Uint8Array(body),
      },
    );
  const uploaded = async (res: Response) => {
    const body = (await res.json()) as {
      document?: Doc;
      errors?: { code: string; field?: string }[];
    };
    return { status: res.status, ...body };
  };
  const count = async (sql: string) => {
    const [row] = await k.server.app.orm.em.getConnection().execute<{ n: number | string }[]>(sql);
    return Number(row!.n);
  };
  const files = () => {
    const dir = path.join(k.server.app.config.dataDir, 'attachments');
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => !f.endsWith('.part')).length : 0;
  };
  const fileOf = async (client: GraphQLClient, beneficiaryId: string, includeRemoved = false) => {
    const res = await client.graphql<{ beneficiary: { documents: Doc[] } | null }>(
      `query($id: ID!, $r: Boolean!) { beneficiary(id: $id) { documents(includeRemoved: $r) { ${DOC} } } }`,
      { id: beneficiaryId, r: includeRemoved },
    );
    return { documents: res.data?.beneficiary?.documents ?? null, errors: res.errors };
  };
  const onTransaction = async (t: Tx) =>
    (
      await k.officer.graphql<{
        transaction: { version: number; documents: Doc[]; missingDocuments: { key: string }[] };
      }>(
        `query($id: ID!) { transaction(id: $id) { version documents { ${DOC} } missingDocuments { key } } }`,
        { id: t.id },
      )
    ).data!.transaction;

  beforeAll(async () => {
    manager = await k.server.userWithRoles(['MANAGER'], 'docs-manager');
    analyst = await k.server.userWithRoles(['ANALYST'], 'docs-analyst');
    const other = await k.officer.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
      `mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } } }`,
      {
        i: {
          fullName: 'نورة علي الزهراني',
          nationalId: withCheckDigit('104455667'),
          mobile: '0557778899',
          city: 'جدة',
          gender: 'FEMALE',
        },
      },
    );
    otherBeneficiaryId = other.data!.beneficiaryCreate.beneficiary.id;
    // The policy in force asks, at step 2, for the national ID copy on file (as a manager's draft
    // would): set before any action, so the version's shape is read with it.
    await k.server.app.orm.em.getConnection().execute(
      `update checklist_item set document_type_key = 'NATIONAL_ID_COPY' where key = 'NATIONAL_ID_COPY'
         and step_id in (select id from handling_step where key = 'VERIFICATION')`,
    );
  });

  it('lists the document types to every role; managers add and change them, with typed errors', async () => {
    const list = await analyst.graphql<{ documentTypes: { key: string; expires: boolean }[] }>(
      '{ documentTypes { key expires } }',
    );
    expect(list.data!.documentTypes.map((t) => t.key)).toEqual([
      'NATIONAL_ID_COPY',
      'FAMILY_REGISTER',
      'INCOME_PROOF',
      'LEASE',
      'MEDICAL_REPORT',
      'DISABILITY_CARD',
      'BANK_IBAN_LETTER',
      'DELIVERY_RECEIPT',
    ]);
    const SAVE = `mutation($i: DocumentTypeSaveInput!) { documentTypeSave(input: $i) { documentType { id key name { ar en } expires active } errors { code field } } }`;
    type Saved = {
      documentTypeSave: {
        documentType: { id: string; key: string; active: boolean } | null;
        errors: { code: string; field: string }[];
      };
    };
    const name = { ar: 'صك الولاية', en: 'Guardianship deed' };
    const bad = await manager.graphql<Saved>(SAVE, { i: { key: 'bad key', name, expires: false } });
    expect(bad.data!.documentTypeSave.errors).toEqual([{ code: 'INVALID_KEY', field: 'key' }]);
    const added = await manager.graphql<Saved>(SAVE, {
      i: { key: 'GUARDIANSHIP', name, expires: false },
    });
    expect(added.data!.documentTypeSave.errors).toEqual([]);
    const again = await manager.graphql<Saved>(SAVE, {
      i: { key: 'GUARDIANSHIP', name, expires: false },
    });
    expect(again.data!.documentTypeSave.errors).toEqual([{ code: 'DUPLICATE_KEY', field: 'key' }]);
    const id = added.data!.documentTypeSave.documentType!.id;
    const off = await manager.graphql<Saved>(SAVE, {
      i: { id, name: { ar: ' ', en: 'x' }, expires: false, active: false },
    });
    expect(off.data!.documentTypeSave.errors).toEqual([{ code: 'REQUIRED', field: 'name.ar' }]);
    const retired = await manager.graphql<Saved>(SAVE, {
      i: { id, name, expires: false, active: false },
    });
    expect(retired.data!.documentTypeSave.documentType!.active).toBe(false);
    const offered = await k.officer.graphql<{ documentTypes: { key: string }[] }>(
      '{ documentTypes { key } }',
    );
    expect(offered.data!.documentTypes.map((t) => t.key)).not.toContain('GUARDIANSHIP');
    const refused = await k.officer.graphql(SAVE, {
      i: { key: 'OTHER_KEY', name, expires: false },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      await count(`select count(*) as n from audit_entry where action like 'documentType.%'`),
    ).toBe(2);
  });

  it('refuses an upload whose description is wrong, or from a role that may not add documents, storing nothing', async () => {
    const before = files();
    const cases: [GraphQLClient | null, Record<string, string>, number, string, string?][] = [
      [k.officer, { type: 'NO_SUCH_TYPE' }, 400, 'UNKNOWN_DOCUMENT_TYPE', 'type'],
      [k.officer, { type: 'GUARDIANSHIP' }, 400, 'UNKNOWN_DOCUMENT_TYPE', 'type'],
      [k.officer, { type: 'NATIONAL_ID_COPY' }, 400, 'EXPIRY_REQUIRED', 'expiresOn'],
      [
        k.officer,
        { type: 'NATIONAL_ID_COPY', expiresOn: '2027-02-30' },
        400,
        'INVALID_DATE',
        'expiresOn',
      ],
      [
        k.officer,
        { type: 'LEASE', issuedOn: day(-10), expiresOn: day(-20) },
        400,
        'INVALID_DATE',
        'expiresOn',
      ],
      [k.officer, { type: 'FAMILY_REGISTER', issuedOn: day(30) }, 400, 'INVALID_DATE', 'issuedOn'],
      [
        k.officer,
        { type: 'FAMILY_REGISTER', transactionId: '999999' },
        400,
        'NOT_FOUND',
        'transactionId',
      ],
      [k.committee, { type: 'FAMILY_REGISTER' }, 403, 'FORBIDDEN'],
      [analyst, { type: 'FAMILY_REGISTER' }, 403, 'FORBIDDEN'],
      [null, { type: 'FAMILY_REGISTER' }, 401, 'UNAUTHENTICATED'],
    ];
    for (const [client, query, status, code, field] of cases) {
      const r = await uploaded(await upload(client, k.beneficiaryId, query));
      expect([r.status, r.errors?.[0]?.code, r.errors?.[0]?.field], JSON.stringify(query)).toEqual([
        status,
        code,
        field,
      ]);
    }
    const noHeader = await uploaded(
      await upload(k.officer, k.beneficiaryId, { type: 'FAMILY_REGISTER' }, pdf, {}),
    );
    expect([noHeader.status, noHeader.errors?.[0]?.code]).toEqual([403, 'CSRF_HEADER_MISSING']);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500, 0x90)]);
    const notPdf = await uploaded(
      await upload(k.officer, k.beneficiaryId, { type: 'FAMILY_REGISTER' }, exe),
    );
    expect([notPdf.status, notPdf.errors?.[0]?.code]).toEqual([415, 'UNSUPPORTED_TYPE']);
    const missing = await uploaded(await upload(k.officer, '999999', { type: 'FAMILY_REGISTER' }));
    expect(missing.status).toBe(404);
    expect(files()).toBe(before);
    expect(await count('select count(*) as n from beneficiary_document')).toBe(0);
  });

  it('a step that asks for a document cannot end until a current one is on file', async () => {
    let t = await complete(await open('SUPPORT_REQUEST'), 'RECEPTION');
    expect((await onTransaction(t)).missingDocuments.map((m) => m.key)).toEqual([
      'NATIONAL_ID_COPY',
    ]);
    const checkedItems = (
      await k.officer.graphql<{
        handlingSteps: { key: string; checklist: { key: string; required: boolean }[] }[];
      }>('{ handlingSteps { key checklist { key required } } }')
    )
      .data!.handlingSteps.find((s) => s.key === 'VERIFICATION')!
      .checklist.filter((i) => i.required)
      .map((i) => i.key);
    const tryComplete = () => run(k.officer, 'transactionCompleteStep', { ...at(t), checkedItems });
    const refused = await tryComplete();
    expect(refused.payload!.errors.map((e) => [e.code, e.field])).toEqual([
      ['DOCUMENTS_MISSING', 'documents'],
    ]);
    expect((await onTransaction(t)).version).toBe(t.version);

    // An expired copy does not count.
    const expired = await uploaded(
      await upload(k.officer, k.beneficiaryId, {
        type: 'NATIONAL_ID_COPY',
        issuedOn: day(-900),
        expiresOn: day(-2),
      }),
    );
    expect(expired.status).toBe(201);
    expect(expired.document).toMatchObject({ current: false, expiresOn: day(-2) });
    expect((await tryComplete()).payload!.errors.map((e) => e.code)).toEqual(['DOCUMENTS_MISSING']);

    // A current one, uploaded from the transaction: attached to it, and the step can end.
    const current = await uploaded(
      await upload(k.officer, k.beneficiaryId, {
        type: 'NATIONAL_ID_COPY',
        issuedOn: day(-30),
        expiresOn: day(700),
        transactionId: t.id,
      }),
    );
    expect(current.status).toBe(201);
    expect(current.document).toMatchObject({
      type: { key: 'NATIONAL_ID_COPY' },
      current: true,
      filename: 'هوية سعد.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    const now = await onTransaction(t);
    expect(now.missingDocuments).toEqual([]);
    expect(now.documents.map((d) => d.id)).toEqual([current.document!.id]);
    expect(now.documents[0]!.addedByDisplayName).toBeTruthy();
    const done = await tryComplete();
    expect(done.payload!.errors).toEqual([]);
    t = done.payload!.transaction!;
    expect(t.currentStep.key).toBe('ATTESTATION');
  });

  it('reads the file to the personal-data roles only, audited; downloads are audited too', async () => {
    const mine = await fileOf(k.committee, k.beneficiaryId);
    expect(mine.documents!.map((d) => d.type.key)).toEqual([
      'NATIONAL_ID_COPY',
      'NATIONAL_ID_COPY',
    ]);
    const refused = await fileOf(analyst, k.beneficiaryId);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const doc = mine.documents![0]!;
    const reads = () =>
      count(`select count(*) as n from audit_entry where action = 'beneficiaryDocument.download'`);
    const before = await reads();
    const res = await fetch(`${k.server.app.url}${doc.downloadUrl}`, {
      headers: k.committee.headers,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
    expect(await reads()).toBe(before + 1);
    for (const [client, status] of [
      [analyst, 403],
      [null, 401],
    ] as const) {
      const r = await fetch(`${k.server.app.url}${doc.downloadUrl}`, {
        headers: client?.headers ?? {},
      });
      expect(r.status).toBe(status);
      expect(Buffer.from(await r.arrayBuffer()).includes(Buffer.from('%PDF'))).toBe(false);
    }
    expect(await reads()).toBe(before + 1);
  });

  it('attaches a document of the same file only, detaches it, and takes documents off the file', async () => {
    const t = await open('SUPPORT_REQUEST');
    const family = await uploaded(
      await upload(k.officer, k.beneficiaryId, { type: 'FAMILY_REGISTER' }, png),
    );
    expect(family.document).toMatchObject({
      contentType: 'image/png',
      expiresOn: null,
      current: true,
    });
    const theirs = await uploaded(
      await upload(k.officer, otherBeneficiaryId, { type: 'FAMILY_REGISTER' }),
    );
    const ATTACH = `mutation($i: TransactionDocumentAttachInput!) { transactionDocumentAttach(input: $i) { transaction { id } document { id } errors { code field } } }`;
    const DETACH = `mutation($i: TransactionDocumentDetachInput!) { transactionDocumentDetach(input: $i) { document { id } errors { code field } } }`;
    type Changed = { errors: { code: string; field: string }[] };
    const attach = (documentId: string, c = k.officer) =>
      c.graphql<{ transactionDocumentAttach: Changed }>(ATTACH, {
        i: { transactionId: t.id, documentId },
      });
    expect((await attach(theirs.document!.id)).data!.transactionDocumentAttach.errors).toEqual([
      { code: 'NOT_FOUND', field: 'documentId' },
    ]);
    expect((await attach(family.document!.id, analyst)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await attach(family.document!.id)).data!.transactionDocumentAttach.errors).toEqual([]);
    expect((await onTransaction(t)).documents.map((d) => d.id)).toEqual([family.document!.id]);
    const detached = await k.officer.graphql<{ transactionDocumentDetach: Changed }>(DETACH, {
      i: { transactionId: t.id, documentId: family.document!.id },
    });
    expect(detached.data!.transactionDocumentDetach.errors).toEqual([]);
    expect((await onTransaction(t)).documents).toEqual([]);

    const REMOVE = `mutation($i: BeneficiaryDocumentRemoveInput!) { beneficiaryDocumentRemove(input: $i) { document { ${DOC} } errors { code } } }`;
    type Removed = {
      beneficiaryDocumentRemove: { document: Doc | null; errors: { code: string }[] };
    };
    const removed = await k.officer.graphql<Removed>(REMOVE, { i: { id: family.document!.id } });
    expect(removed.data!.beneficiaryDocumentRemove.document).toMatchObject({ current: false });
    expect(removed.data!.beneficiaryDocumentRemove.document!.removedAt).toBeTruthy();
    const twice = await k.officer.graphql<Removed>(REMOVE, { i: { id: family.document!.id } });
    expect(twice.data!.beneficiaryDocumentRemove.errors.map((e) => e.code)).toEqual([
      'ALREADY_REMOVED',
    ]);
    const left = await fileOf(k.officer, k.beneficiaryId);
    expect(left.documents!.map((d) => d.id)).not.toContain(family.document!.id);
    const all = await fileOf(k.officer, k.beneficiaryId, true);
    expect(all.documents!.map((d) => d.id)).toContain(family.document!.id);
    expect(
      await count(
        `select count(*) as n from audit_entry where action in ('beneficiaryDocument.add', 'beneficiaryDocument.remove', 'transaction.documentAttach', 'transaction.documentDetach')`,
      ),
    ).toBe(7);
  });
});
