/**
 * What the accessibility tests share: axe-core run inside a page (the `axe-core` package's own
 * script, injected), its serious and critical violations printed readably, and the data every
 * page needs to show something (a support request, a closed inquiry's survey link, a draft of the
 * policy), seeded over GraphQL.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { post, signInOverHttp } from '../support/graphql.js';
import type { RunningServer } from '../support/server.js';
import {
  closedInquiryOverHttp,
  MANAGER,
  openSupportRequestOverHttp,
  STAFF,
} from './transactions.support.js';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/** The parts of an axe-core violation the report prints. */
export interface Violation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary: string }[];
}

/** Violations that fail the test: what blocks or seriously hinders someone. */
const FAILING = ['serious', 'critical'];
/**
 * Landmark rules fail whatever their impact (axe-core calls most of them moderate): one banner,
 * one main, navigation labelled and unique, dialogs adding none (issue 16).
 */
const isLandmarkRule = (id: string) => id.startsWith('landmark-');

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA, and its best practices) on the page as it is now and
 * returns the serious and critical violations, and any about landmarks.
 */
export async function failingViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    type AxeRun = (context: Document, options: object) => Promise<{ violations: Violation[] }>;
    const axe = (window as unknown as { axe: { run: AxeRun } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String),
        html: n.html,
        failureSummary: n.failureSummary,
      })),
    }));
  });
  return violations.filter((v) => FAILING.includes(v.impact) || isLandmarkRule(v.id));
}

/** One line per violation, then each element it names (at most five) and why. */
export function describeViolations(where: string, violations: Violation[]): string {
  const lines = [`${where}: ${violations.length} serious, critical or landmark violation(s)`];
  for (const v of violations) {
    lines.push(`  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s)) ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, 5)) {
      lines.push(`    - ${node.target.join(' ')}`);
      lines.push(`      ${node.html.replace(/\s+/g, ' ').slice(0, 200)}`);
      const why = node.failureSummary.replace(/\s+/g, ' ').slice(0, 300);
      lines.push(`      ${why}`);
    }
    if (v.nodes.length > 5) lines.push(`    … and ${v.nodes.length - 5} more`);
  }
  return lines.join('\n');
}

/** Signs `context` in as this user (the session cookie, as the sign-in page would get it). */
export async function signInContext(
  context: BrowserContext,
  server: RunningServer,
  who: { username: string; password: string },
): Promise<void> {
  const cookie = await signInOverHttp(server, who.username, who.password);
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: server.url }]);
}

/** What the seeded pages are about. */
export interface Seeded {
  /** A support request at its first step. */
  reference: string;
  beneficiaryId: string;
  /** The survey link of a closed inquiry. */
  surveyToken: string;
  /** The number of the policy draft a manager started. */
  draftNumber: number;
  /** A tool of the policy in force. */
  toolKey: string;
}

/** A support request, a closed inquiry with its survey link, and a draft of the next policy. */
export async function seed(server: RunningServer): Promise<Seeded> {
  const reference = await openSupportRequestOverHttp(server);
  const staff = await signInOverHttp(server, STAFF.username, STAFF.password);
  const list = await post<{ beneficiaries: { edges: { node: { id: string } }[] } }>(
    server,
    '{ beneficiaries(first: 1) { edges { node { id } } } }',
    {},
    { cookie: staff },
  );
  const beneficiaryId = list.body.data!.beneficiaries.edges[0]!.node.id;

  const { token: surveyToken } = await closedInquiryOverHttp(server, staff, beneficiaryId);

  const manager = await signInOverHttp(server, MANAGER.username, MANAGER.password);
  const draft = await post<{ policyDraftCreate: { policyVersion: { number: number } } }>(
    server,
    'mutation { policyDraftCreate { policyVersion { number } errors { code } } }',
    {},
    { cookie: manager },
  );
  expect(draft.body.errors, JSON.stringify(draft.body.errors)).toBeUndefined();
  const draftNumber = draft.body.data!.policyDraftCreate.policyVersion.number;

  const tools = await post<{ tools: { key: string }[] }>(server, '{ tools { key } }');
  const toolKey = tools.body.data!.tools[0]!.key;
  return { reference, beneficiaryId, surveyToken, draftNumber, toolKey };
}
