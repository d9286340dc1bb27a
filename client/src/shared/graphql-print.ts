import type {
  ASTNode,
  BooleanValueNode,
  EnumValueNode,
  FloatValueNode,
  IntValueNode,
  DefinitionNode,
  DirectiveNode,
  DocumentNode,
  SelectionNode,
  SelectionSetNode,
  TypeNode,
  ValueNode,
  VariableDefinitionNode,
} from 'graphql';

/**
 * A GraphQL document (the typed documents codegen writes into src/gql/graphql.ts) as the text
 * sent to the server, with `__typename` asked for in every selection below the root, as Apollo
 * Client asks for it: the answers have the same shape whichever of the two sent the request.
 *
 * Why not graphql's `print`: the public pages fetch their data without Apollo Client (issue 16,
 * item 2) and graphql's printer, with the visitor it needs, lives in the `graphql` chunk that the
 * API explorer shares (10.9 KiB gzipped); this covers the part of the language an executable
 * document uses in about 0.6 KiB. `graphql-print.test.ts` checks it against graphql's `print`
 * (and Apollo's `addTypenameToDocument`) for every document of the app.
 */
export function printDocument(document: DocumentNode, addTypename = true): string {
  const list = <T>(items: readonly T[] | undefined, show: (item: T) => string, sep = ' ') =>
    items?.length ? items.map(show).join(sep) : '';
  const wrap = (open: string, inner: string, close: string) => (inner ? open + inner + close : '');

  const value = (v: ValueNode): string => {
    switch (v.kind) {
      case 'StringValue':
        return JSON.stringify(v.value);
      case 'ListValue':
        return `[${list(v.values, value, ',')}]`;
      case 'ObjectValue':
        return `{${list(v.fields, (f) => `${f.name.value}:${value(f.value)}`, ',')}}`;
      case 'NullValue':
        return 'null';
      case 'Variable':
        return `$${v.name.value}`;
      default:
        // Int, Float, Boolean and Enum values are written as they are.
        return String(
          (v as IntValueNode | FloatValueNode | BooleanValueNode | EnumValueNode).value,
        );
    }
  };
  const type = (t: TypeNode): string =>
    t.kind === 'NamedType'
      ? t.name.value
      : t.kind === 'ListType'
        ? `[${type(t.type)}]`
        : `${type(t.type)}!`;
  const args = (items: readonly { name: { value: string }; value: ValueNode }[] | undefined) =>
    wrap(
      '(',
      list(items, (a) => `${a.name.value}:${value(a.value)}`, ','),
      ')',
    );
  const directives = (items: readonly DirectiveNode[] | undefined) =>
    list(items, (d) => ` @${d.name.value}${args(d.arguments)}`, '');
  const variable = (d: VariableDefinitionNode) =>
    `$${d.variable.name.value}:${type(d.type)}${d.defaultValue ? `=${value(d.defaultValue)}` : ''}${directives(d.directives)}`;

  const selection = (s: SelectionNode): string => {
    if (s.kind === 'FragmentSpread') return `...${s.name.value}${directives(s.directives)}`;
    if (s.kind === 'InlineFragment') {
      const on = s.typeCondition ? ` on ${s.typeCondition.name.value}` : '';
      return `...${on}${directives(s.directives)}${selections(s.selectionSet, true)}`;
    }
    const alias = s.alias ? `${s.alias.value}:` : '';
    return `${alias}${s.name.value}${args(s.arguments)}${directives(s.directives)}${
      s.selectionSet ? selections(s.selectionSet, true) : ''
    }`;
  };
  const selections = (set: SelectionSetNode, nested: boolean): string => {
    const shown = set.selections.map(selection);
    // As Apollo: not beside a `__typename` or an introspection field.
    const asked = set.selections.some((s) => s.kind === 'Field' && s.name.value.startsWith('__'));
    if (addTypename && nested && !asked) shown.push('__typename');
    return `{${shown.join(' ')}}`;
  };

  const definition = (d: DefinitionNode): string => {
    if (d.kind === 'FragmentDefinition') {
      return `fragment ${d.name.value} on ${d.typeCondition.name.value}${directives(d.directives)}${selections(d.selectionSet, true)}`;
    }
    if (d.kind !== 'OperationDefinition') {
      throw new Error(
        `printDocument: a ${(d as ASTNode).kind} is not part of an executable document`,
      );
    }
    const name = d.name ? ` ${d.name.value}` : '';
    const vars = wrap('(', list(d.variableDefinitions, variable, ','), ')');
    return `${d.operation}${name}${vars}${directives(d.directives)}${selections(d.selectionSet, false)}`;
  };

  return document.definitions.map(definition).join('\n');
}

/** The name of the document's (first) operation. */
export function operationName(document: DocumentNode): string | undefined {
  for (const d of document.definitions) {
    if (d.kind === 'OperationDefinition') return d.name?.value;
  }
  return undefined;
}
