import {
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * Whether the operation reads `__schema` or `__type` (`__typename` is not introspection). They
 * can only be root fields, so only the root selection and the fragments spread into it are read.
 */
export function selectsIntrospection(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): boolean {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode): boolean =>
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return INTROSPECTION_ROOTS.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      const fragment = fragments.get(s.name.value);
      return fragment ? visit(fragment.selectionSet) : false;
    });
  return visit(operation.selectionSet);
}
