import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  Kind,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  visit,
  print,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { buildAppSchema } from '../../schema.js';
import { GUIDE_FILE, guideExamples } from '../analytics/analyst-guide.js';
import { operationCost } from './cost.js';
import { QUERY_LIMITS, validationRules } from './index.js';

const featuresDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../client/src/features',
);

function graphqlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return graphqlFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

/** A value of the variable's type, with every page size at its largest (100). */
function sample(type: GraphQLInputType, name: string): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [sample(t.ofType, name)];
  if (isEnumType(t)) return t.getValues()[0]!.value;
  if (isInputObjectType(t)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(t.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = sample(field.type, field.name);
      }
    }
    return value;
  }
  if (t.name === 'Int') return name === 'first' ? QUERY_LIMITS.maxPageSize : 1;
  if (t.name === 'Float') return 1;
  if (t.name === 'Boolean') return true;
  if (t.name === 'DateTimeISO') return '2026-01-01T00:00:00Z';
  if (t.name === 'JSONObject') return {};
  return '1';
}

/**
 * The browser client's operations and the analyst guide's examples are what the default limits
 * must never refuse. Each client operation, with the fragments it spreads and the largest page
 * size, is checked against every limit.
 */
describe("the app's own operations fit the API limits", () => {
  let schema: GraphQLSchema;
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];

  beforeAll(async () => {
    schema = await buildAppSchema();
    for (const file of graphqlFiles(featuresDir)) {
      for (const definition of parse(fs.readFileSync(file, 'utf8')).definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) {
          fragments.set(definition.name.value, definition);
        } else if (definition.kind === Kind.OPERATION_DEFINITION) {
          operations.push(definition);
        }
      }
    }
  });

  /** The operation with the fragments it needs, as the client sends it. */
  function documentOf(operation: OperationDefinitionNode): DocumentNode {
    const needed = new Map<string, FragmentDefinitionNode>();
    const collect = (node: OperationDefinitionNode | FragmentDefinitionNode): void => {
      visit(node, {
        FragmentSpread(spread) {
          const name = spread.name.value;
          if (needed.has(name)) return;
          const fragment = fragments.get(name)!;
          needed.set(name, fragment);
          collect(fragment);
        },
      });
    };
    collect(operation);
    return { kind: Kind.DOCUMENT, definitions: [operation, ...needed.values()] };
  }

  it('finds the operations', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  /** Each way the limits would refuse the document's first operation, as text. */
  function refusals(name: string, text: string): string[] {
    let document: DocumentNode;
    try {
      document = parse(text, { maxTokens: QUERY_LIMITS.maxTokens });
    } catch (error) {
      return [`${name}: ${String(error)}`];
    }
    const found = validate(schema, document, [...specifiedRules, ...validationRules]).map(
      (e) => `${name}: ${e.message}`,
    );
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? []).map((d) => [
        d.variable.name.value,
        sample(typeFromAST(schema, d.type as never) as GraphQLInputType, d.variable.name.value),
      ]),
    );
    const cost = operationCost(schema, document, operation, variables, QUERY_LIMITS.listCostFactor);
    if (cost > QUERY_LIMITS.maxCost) found.push(`${name}: cost ${cost}`);
    return found;
  }

  it('stays within the token, depth, alias and cost limits at 100 items a page', () => {
    const refused = operations.flatMap((operation) =>
      refusals(operation.name?.value ?? '(anonymous)', print(documentOf(operation))),
    );
    expect(refused).toEqual([]);
  });

  it("leaves room for the analyst guide's example queries too", () => {
    const examples = guideExamples(fs.readFileSync(GUIDE_FILE, 'utf8'));
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.flatMap((e) => refusals(e.name, e.query))).toEqual([]);
  });
});
