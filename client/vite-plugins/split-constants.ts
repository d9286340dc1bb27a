import type { Plugin } from 'vite';

/**
 * One module per exported constant, for modules that are only a long list of independent
 * constants: the typed GraphQL documents codegen writes into src/gql/graphql.ts (one per
 * operation) and @mdi/js's paths (one per icon).
 *
 * Why: a bundler places a module in one chunk, with every export that any chunk uses. Left as
 * they are, every document used by any page, and every icon, would sit in a chunk all pages
 * load at once (the entry). Split, each constant lands beside the pages that use it.
 */
export interface SplitModule {
  /** The module's id (its resolved file path) ends with this. */
  file: string;
  /** A line of the module that is one constant: its name (group 1) and its value (group 2). */
  constant: RegExp;
}

const PREFIX = 'virtual:split-constant/';

export function splitConstants(modules: SplitModule[]): Plugin {
  /** The value of each constant, by its virtual module id. */
  const values = new Map<string, string>();
  return {
    name: 'masar:split-constants',
    enforce: 'pre',
    apply: 'build',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const key = id.slice(1);
      const value = values.get(key);
      if (value === undefined) throw new Error(`split-constants: nothing known as ${key}`);
      const name = key.slice(key.lastIndexOf('/') + 1);
      return `export const ${name} = ${value};\n`;
    },
    transform(code, id) {
      const module = modules.find((m) => id.split('?')[0]!.endsWith(m.file));
      if (!module) return null;
      let split = 0;
      const out = code.split('\n').map((line) => {
        const match = module.constant.exec(line);
        if (!match) return line;
        const [, name, value] = match;
        const key = `${PREFIX}${module.file}/${name}`;
        values.set(key, value!);
        split += 1;
        return `export { ${name} } from ${JSON.stringify(key)};`;
      });
      // A codegen or @mdi/js release that writes its constants differently must not pass
      // silently: the budget would then be broken by the whole module in the entry.
      if (!split) this.error(`split-constants: no constant matched in ${id}`);
      return { code: out.join('\n'), map: null };
    },
  };
}
