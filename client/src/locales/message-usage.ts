/**
 * Which messages a screen uses, read from the source (for the tests that check each route loads
 * the message groups its screen needs, messages.test.ts; node only, never bundled).
 *
 * A module's graph: its imports and dynamic imports of this app's own files (`@/…` and relative;
 * `import type` is left out: it loads nothing), transitively. A module's keys: every quoted
 * string naming a message of a known namespace, the way the app writes them: `t('ns.x')`,
 * `$t("ns.x")`, `<i18n-t keypath="ns.x">`, keys passed as props or kept in tables
 * (`titleKey: 'ns.x'`), and prefixes (`t(\`ns.status.${s}\`)`, `'ns.status.' + s`).
 */
import fs from 'node:fs';
import path from 'node:path';

export const SRC = path.resolve(import.meta.dirname, '..');

const EXTENSIONS = ['', '.ts', '.vue', '/index.ts'];

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(SRC, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  throw new Error(`${path.relative(SRC, from)}: cannot resolve ${specifier}`);
}

/** The source without its comments (examples in them load nothing and name no message). */
export function codeOf(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1');
}

const IMPORTS = [
  // import x from '…', import { a, type B } from '…', export { a } from '…', export * from '…'
  /^\s*(import|export)\s+(?!type\s)[^'";]*?\sfrom\s+['"]([^'"]+)['"]/gm,
  // import '…' (side effects)
  /^\s*(import)\s+['"]([^'"]+)['"]/gm,
  // import('…'): a component or module loaded later by the same screen
  /(import)\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** The app's own modules `file` imports, directly. */
export function importsOf(file: string): string[] {
  if (!/\.(ts|vue)$/.test(file)) return [];
  const source = codeOf(file);
  const found = new Set<string>();
  for (const pattern of IMPORTS) {
    for (const match of source.matchAll(pattern)) {
      const resolved = resolveImport(file, match[2]!);
      if (resolved) found.add(resolved);
    }
  }
  return [...found];
}

/** `files` and every module of the app they import, transitively (`stop` ends the walk). */
export function moduleGraph(files: string[], stop: (file: string) => boolean = () => false) {
  const seen = new Set<string>();
  const todo = [...files];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!stop(file)) todo.push(...importsOf(file));
  }
  return seen;
}

type Messages = { [key: string]: string | Messages };

/** Every key of `messages`, leaves and the objects above them (`tm('ns.list')`). */
export function allKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const full = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [full] : [full, ...allKeys(value, full)];
  });
}

/** A quoted `ns.rest`, ended by its closing quote or (a template literal) by `${`. */
const QUOTED_KEY = /(['"`])([A-Za-z][\w]*)\.([\w.-]*)(\$\{|\1)/g;

export interface KeyUse {
  /** The key, or its static prefix (ending with `.` or cut at `${`). */
  key: string;
  namespace: string;
  /** Named by a prefix (a template literal's start, `'ns.status.' + s`): any key it begins. */
  prefix: boolean;
  file: string;
  exists: boolean;
}

/** The message keys (and key prefixes) `file` names, of the namespaces in `messages`. */
export function keysIn(file: string, messages: Messages): KeyUse[] {
  if (!/\.(ts|vue)$/.test(file)) return [];
  const keys = allKeys(messages);
  const known = new Set(keys);
  const source = codeOf(file);
  const uses: KeyUse[] = [];
  for (const match of source.matchAll(QUOTED_KEY)) {
    const [, quote, namespace, rest, end] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    if (!(namespace in messages)) continue;
    // `:prop="a.b"`, `v-if="a.b"`, `@click="a.b"`: an expression of the template, not a string.
    const before = source.slice(Math.max(0, match.index - 60), match.index);
    if (quote === '"' && /(^|\s)([:@#]|v-)[\w.:-]*=$/.test(before)) continue;
    const key = `${namespace}.${rest}`;
    const prefix = end === '${' || rest === '' || rest.endsWith('.');
    const exists = prefix ? keys.some((k) => k.startsWith(key)) : known.has(key);
    uses.push({ key, namespace, prefix, file, exists });
  }
  // A feature's wording of error codes, `errors.<scope>.<CODE>` (shared/composables/use-error-text.ts
  // looks them up with a template literal, `errors.${scope}.${code}`): the scopes a module names,
  // `useErrorText('library')`, `useForm(…, { scope: ['transactions', 'beneficiaries'] })`.
  for (const match of source.matchAll(/(?:useErrorText\(|\bscope:\s*)(\[[^\]]*\]|'\w+')/g)) {
    for (const [, scope] of match[1]!.matchAll(/'(\w+)'/g)) {
      const key = `errors.${scope}`;
      if (keys.includes(key))
        uses.push({ key, namespace: 'errors', prefix: false, file, exists: true });
    }
  }
  // …so the scope lookup itself names no key: `errors.${s}.` would be every error of every feature.
  return uses.filter((use) => !(use.key === 'errors.' && file.endsWith('use-error-text.ts')));
}

/** The leaf keys `uses` need: a key's own, or every leaf under a prefix or an object (`tm`). */
export function neededLeaves(uses: readonly KeyUse[], leaves: readonly string[]): Set<string> {
  const needed = new Set<string>();
  const leafSet = new Set(leaves);
  for (const use of uses) {
    if (!use.exists) continue;
    if (!use.prefix && leafSet.has(use.key)) {
      needed.add(use.key);
      continue;
    }
    // A prefix (even one cut inside a segment, `ns.step${n}`): every leaf it may begin. An
    // object's key (`tm('ns.list')`): every leaf under it.
    const start = use.prefix ? use.key : `${use.key}.`;
    for (const leaf of leaves) if (leaf.startsWith(start)) needed.add(leaf);
  }
  return needed;
}
