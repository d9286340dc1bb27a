import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { generateDemo } from '../../db/demo/generate-demo.js';
import { GUIDE_FILE, guideExamples } from './analyst-guide.js';

describe(`the analyst guide's examples (${testEngine})`, () => {
  let server: TestServer;
  let script: GraphQLClient;

  beforeAll(async () => {
    server = await TestServer.start();
    const config = server.db.config;
    await generateDemo(server.app.orm, {
      engine: config.engine,
      sqliteFile: config.engine === 'sqlite' ? config.databaseUrl : undefined,
      transactions: 1500,
      seed: 3,
    });
    const analyst = await server.userWithRoles(['ANALYST'], 'guide-analyst');
    const token = await analyst.graphql<{ apiTokenCreate: { token: string } }>(
      'mutation { apiTokenCreate(input: { name: "guide" }) { token } }',
    );
    script = server.client({ authorization: `Bearer ${token.data!.apiTokenCreate.token}` });
  }, 120_000);
  afterAll(async () => server?.stop());

  const examples = guideExamples(fs.readFileSync(GUIDE_FILE, 'utf8'));

  it('has examples, each a named query under the question it answers', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(new Set(examples.map((e) => e.name)).size).toBe(examples.length);
    expect(examples.every((e) => e.title.length > 10)).toBe(true);
    expect(examples[0]!.title).toBe('CSAT by channel by Hijri month, for the last year');
  });

  it.each(examples)(
    'runs $name with an analyst token, without errors and with data',
    async ({ query }) => {
      const res = await script.graphql<Record<string, unknown>>(query);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const [value] = Object.values(res.data!);
      const rows = Array.isArray(value)
        ? value
        : ((value as { edges?: unknown[]; total?: { responses: number } }).edges ?? [
            (value as { total: unknown }).total,
          ]);
      expect(rows.length).toBeGreaterThan(0);
    },
  );
});
