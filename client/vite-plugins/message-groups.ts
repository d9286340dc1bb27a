import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { MESSAGE_GROUP_NAMES, pickGroup } from '../src/locales/groups.ts';
import { compileMessages, type MessageTree } from './precompile-messages.ts';

const LOCALES = ['ar', 'en'] as const;
const VIRTUAL = 'virtual:message-groups';
/** A group's module: `<root>/src/locales/messages/<locale>/<group>.js` (no such file on disk). */
const GROUP_MODULE = /[\\/]src[\\/]locales[\\/]messages[\\/](ar|en)[\\/](\w+)\.js$/;

/**
 * Serves the app's messages (src/locales/<locale>.json, one file per language to edit) in the
 * groups of src/locales/groups.ts, each group of each language a module, so a chunk, of its own:
 * a page fetches only the groups it shows.
 *
 * `virtual:message-groups` exports `messageGroupLoaders[locale][group]`, a dynamic import of the
 * group's module. The `shared` group's module also carries Vuetify's texts in that language
 * (`$vuetify`), so a visitor downloads only their own language's.
 *
 * In a build the messages (Vuetify's too) come compiled, as the AST vue-i18n's runtime evaluates
 * (precompile-messages.ts), and vue-i18n's message compiler is left out of the bundle
 * (`__INTLIFY_DROP_MESSAGE_COMPILER__`): the browser no longer downloads it nor parses a message.
 * The dev server and the unit tests serve the texts as written, compiled by vue-i18n.
 */
export function messageGroups(): Plugin {
  let root = process.cwd();
  let precompile = false;
  const moduleId = (locale: string, group: string) =>
    path.join(root, 'src/locales/messages', locale, `${group}.js`);
  return {
    name: 'masar:message-groups',
    enforce: 'pre',
    config(_config, { command }) {
      if (command !== 'build') return undefined;
      return { define: { __INTLIFY_DROP_MESSAGE_COMPILER__: 'true' } };
    },
    configResolved(config) {
      root = config.root;
      precompile = config.command === 'build';
    },
    resolveId(id) {
      if (id === VIRTUAL) return `\0${VIRTUAL}`;
      if (GROUP_MODULE.test(id)) return id;
      return null;
    },
    async load(id) {
      if (id === `\0${VIRTUAL}`) {
        const table = LOCALES.map((locale) => {
          const loaders = MESSAGE_GROUP_NAMES.map(
            (group) => `    ${group}: () => import(${JSON.stringify(moduleId(locale, group))}),`,
          );
          return `  ${locale}: {\n${loaders.join('\n')}\n  },`;
        });
        return `export const messageGroupLoaders = {\n${table.join('\n')}\n};\n`;
      }
      const match = GROUP_MODULE.exec(id);
      if (!match) return null;
      const [, locale, group] = match as unknown as [string, string, string];
      if (!(MESSAGE_GROUP_NAMES as string[]).includes(group)) {
        throw new Error(`message-groups: no group ${group} (src/locales/groups.ts)`);
      }
      const file = path.join(root, 'src/locales', `${locale}.json`);
      this.addWatchFile(file);
      const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as MessageTree;
      const picked = pickGroup(messages, group as never);
      // Parsing a JSON string is faster than evaluating the same object literal.
      const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      if (precompile) {
        if (group === 'shared') {
          const vuetify = ((await import('vuetify/locale')) as Record<string, unknown>)[locale];
          picked.$vuetify = vuetify as MessageTree;
        }
        return `export default ${json(compileMessages(picked))};\n`;
      }
      const body = json(picked);
      if (group !== 'shared') return `export default ${body};\n`;
      return [
        `import { ${locale} as vuetify } from 'vuetify/locale';`,
        `export default { ...${body}, $vuetify: vuetify };`,
        '',
      ].join('\n');
    },
  };
}
