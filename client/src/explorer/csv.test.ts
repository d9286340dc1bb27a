import { describe, expect, it, vi } from 'vitest';
import { CsvProblem, editorJson, fetchCsv } from './csv';
import { loadExamples, tabWithQuery } from './examples';

const csvAnswer = (body: string, disposition?: string) =>
  new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      ...(disposition ? { 'content-disposition': disposition } : {}),
    },
  });

describe('the explorer CSV button', () => {
  it('POSTs the query, the variables and the headers editor’s headers to /api/csv', async () => {
    const fetchImpl = vi.fn(async () =>
      csvAnswer('\ufeffa,b\r\n1,2\r\n', 'attachment; filename="satisfactionStats-2026-11-27.csv"'),
    );
    const file = await fetchCsv(
      {
        query: 'query Q($n: Int) { x }',
        variables: '{"n": 3}',
        headers: '{"Authorization": "Bearer abc"}',
        operationName: 'Q',
      },
      fetchImpl as unknown as typeof fetch,
    );
    expect(file.filename).toBe('satisfactionStats-2026-11-27.csv');
    expect(await file.blob.text()).toContain('a,b');
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/csv');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({
      Authorization: 'Bearer abc',
      'content-type': 'application/json',
    });
    expect(JSON.parse(init.body as string)).toEqual({
      query: 'query Q($n: Int) { x }',
      variables: { n: 3 },
    });
  });

  it('names the file after the operation when the server gives no name', async () => {
    const fetchImpl = vi.fn(async () => csvAnswer('a\r\n'));
    const file = await fetchCsv(
      { query: '{ x }', variables: '', headers: '', operationName: 'Volume' },
      fetchImpl as unknown as typeof fetch,
    );
    expect(file.filename).toBe('Volume.csv');
  });

  it('turns a refused request into a message with the server’s reason', async () => {
    const refuse = (status: number, message: string) =>
      vi.fn(
        async () =>
          new Response(JSON.stringify({ errors: [{ message }] }), {
            status,
            headers: { 'content-type': 'application/json' },
          }),
      ) as unknown as typeof fetch;
    const request = { query: '{ x }', variables: '', headers: '' };
    await expect(fetchCsv(request, refuse(400, 'No list.'))).rejects.toThrow(
      'The CSV could not be made (400): No list.',
    );
    await expect(fetchCsv(request, refuse(401, 'Sign in.'))).rejects.toThrow(/^Not signed in/);
    await expect(fetchCsv(request, refuse(403, 'No.'))).rejects.toThrow('Not allowed: No.');
  });

  it('checks the editors’ JSON before sending anything', async () => {
    const fetchImpl = vi.fn() as unknown as typeof fetch;
    await expect(
      fetchCsv({ query: '{ x }', variables: '{nope', headers: '' }, fetchImpl),
    ).rejects.toThrow(new CsvProblem('The variables are not valid JSON.'));
    await expect(
      fetchCsv({ query: '{ x }', variables: '', headers: '[1]' }, fetchImpl),
    ).rejects.toThrow('The headers must be a JSON object.');
    await expect(fetchCsv({ query: '  ', variables: '', headers: '' }, fetchImpl)).rejects.toThrow(
      'Write a query first.',
    );
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(editorJson('  ', 'headers')).toEqual({});
  });
});

describe('the explorer examples', () => {
  it('reads the guide’s examples, and none when the list cannot be read', async () => {
    const list = [{ name: 'A', title: 'Question A', query: 'query A { x }' }, { bad: true }];
    const ok = vi.fn(async () => new Response(JSON.stringify(list))) as unknown as typeof fetch;
    expect(await loadExamples(ok)).toEqual([list[0]]);
    const down = vi.fn(async () => {
      throw new TypeError('offline');
    }) as unknown as typeof fetch;
    expect(await loadExamples(down)).toEqual([]);
  });

  it('finds the tab already holding an example', () => {
    const tabs = [{ query: '{ a }' }, { query: 'query B {\n  b\n}\n' }, { query: null }];
    expect(tabWithQuery(tabs, 'query B {\n  b\n}')).toBe(1);
    expect(tabWithQuery(tabs, '{ c }')).toBe(-1);
  });
});
