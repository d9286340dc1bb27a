import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isObjectType, isEnumType, isInputObjectType, type GraphQLSchema } from 'graphql';
import { buildAppSchema, printSdl, schemaFile } from './schema.js';
import { clientAccessFile, printClientAccess } from './client-access.js';

describe('the GraphQL schema artifact', () => {
  let schema: GraphQLSchema;

  it('matches the checked-in schema/schema.graphql (run `pnpm schema:emit` after changing the API)', async () => {
    schema = await buildAppSchema();
    const checkedIn = fs.readFileSync(schemaFile, 'utf8');
    expect(printSdl(schema)).toBe(checkedIn);
  });

  it('matches the client’s copy of the access rules, client/src/shared/access.generated.ts (run `pnpm schema:emit`)', async () => {
    schema ??= await buildAppSchema();
    expect(printClientAccess(schema)).toBe(fs.readFileSync(clientAccessFile, 'utf8'));
  });

  it('describes every type, field, argument and enum value (the schema is the analysts’ manual)', async () => {
    schema ??= await buildAppSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!value.description) missing.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives every object type with an identity an `id` (Apollo Client caches by it)', async () => {
    schema ??= await buildAppSchema();
    // Values without an identity of their own: texts, pages, payloads, input problems, and
    // computed comparisons.
    const valueTypes = new Set([
      'LocalizedText',
      'Query',
      'Mutation',
      'PageInfo',
      'UserError',
      'PolicyVersionDiff',
      'PolicyChange',
      'PublicSurvey',
      'SatisfactionFigures',
      'SatisfactionGroup',
      'SatisfactionReport',
      'ScoreCount',
      'Dashboard',
      'DashboardWorkload',
      'DashboardFunnelStep',
      'DashboardVolume',
      'DashboardCompliance',
      'DashboardReason',
      'DashboardStepDuration',
      'DashboardFollowUp',
      'DashboardSatisfactionMonth',
      'DashboardPeriodRange',
      'StatsKey',
      'TransactionMeasures',
      'TransactionStatsGroup',
      'SatisfactionStatsGroup',
      'TransactionEventData',
      'TransactionAssignFailure',
      'BackupStatus',
      'BackupSchedule',
      // A household's figures and address: parts of the household, which has the id.
      'HouseholdIncome',
      'HouseholdExpense',
      'HouseholdTotals',
      'NationalAddress',
      // A transaction's social research: a part of the transaction, which has the id.
      'SocialResearch',
      // What a beneficiary was given, by support type: a sum over deliveries, which have ids.
      'SupportGiven',
      // Support delivered, counted: figures, not things.
      'SupportFigures',
      'SupportMonthFigure',
      // A saved view's filter and order: parts of the view, which has the id.
      'TransactionViewFilter',
      'TransactionViewEventCondition',
      'TransactionViewSort',
      // The public reading of a policy tool's published text, asked for by the tool's key.
      'PolicyToolDocument',
    ]);
    const isValue = (name: string) =>
      valueTypes.has(name) || /(Connection|Edge|Payload)$/.test(name) || name.startsWith('__');
    const withoutId = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !isValue(t.name))
      .filter((t) => isObjectType(t) && !('id' in t.getFields()))
      .map((t) => t.name);
    expect(withoutId).toEqual([]);
  });
});
