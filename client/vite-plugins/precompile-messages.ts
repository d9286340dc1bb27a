import { baseCompile } from '@intlify/message-compiler';

/** A message compiled to vue-i18n's AST (minified keys: `t` type, `b` body, `s` static text…). */
export interface MessageAst {
  t: 0;
  b: Record<string, unknown>;
}

export type MessageTree = { [key: string]: string | MessageTree };
export type CompiledTree = { [key: string]: MessageAst | CompiledTree };

/**
 * A static part (text without placeholders) is read from its `s` alone (@intlify/core-base's
 * formatMessageParts): its items and type are left out of the chunk.
 */
function trimStatic(node: Record<string, unknown>): void {
  if (node.s != null) {
    delete node.i;
    delete node.t;
  }
}

/**
 * One message compiled as vue-i18n would compile it in the browser (its JIT mode), to the AST
 * its runtime evaluates without the message compiler. A message vue-i18n could not compile
 * fails the build, naming it.
 */
export function compileMessage(message: string, key: string): MessageAst {
  const errors: string[] = [];
  const { ast } = baseCompile(message, {
    jit: true,
    minify: true,
    location: false,
    onError: (error) => errors.push(error.message),
  });
  if (errors.length) throw new Error(`message ${key}: ${errors.join('; ')} (${message})`);
  const body = (ast as unknown as MessageAst).b;
  trimStatic(body);
  // A plural's cases (`a | b | c`).
  if (Array.isArray(body.c)) for (const c of body.c as Record<string, unknown>[]) trimStatic(c);
  return ast as unknown as MessageAst;
}

/** Every message of `tree` compiled (compileMessage), in a tree of the same shape. */
export function compileMessages(tree: MessageTree, prefix = ''): CompiledTree {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => {
      const full = prefix ? `${prefix}.${key}` : key;
      return [
        key,
        typeof value === 'string' ? compileMessage(value, full) : compileMessages(value, full),
      ];
    }),
  );
}
