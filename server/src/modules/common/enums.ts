import { registerEnumType } from 'type-graphql';

/**
 * Registers a TypeScript enum as a GraphQL enum with a description for the type and for every
 * value (the schema test requires both); `values` must name every member.
 */
export function describeEnum<E extends Record<string, string>>(
  enumObject: E,
  name: string,
  description: string,
  values: { [K in keyof E]: string },
): void {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.entries(values).map(([key, text]) => [key, { description: text }]),
    ) as never,
  });
}
