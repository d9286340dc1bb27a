import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * What Vuetify brings into the first loads although Masar never uses it, left out of a build
 * (the dev server and the unit tests keep Vuetify whole).
 *
 * Replaced by stubs, what createVuetify brings into every page (and its 64 icon aliases, of
 * which plugins/icon-aliases.ts has those used, checked below):
 *
 * - Vuetify's date adapter (3 KiB gzipped): only its date components use it (VDatePicker,
 *   VDateInput, VCalendar); the app's date field is its own (shared/components/DateField.vue,
 *   Hijri and Gregorian). Importing one of those components fails the build, saying why.
 * - Vuetify's own locale adapter and its English texts (2 KiB): Vuetify follows vue-i18n
 *   (plugins/vuetify.ts), whose groups of messages carry Vuetify's texts.
 */
const STUBS: { module: RegExp; code: string }[] = [
  {
    module: /[\\/]vuetify[\\/]lib[\\/]composables[\\/]date[\\/]adapters[\\/]vuetify\.js$/,
    code: [
      // createVuetify makes one (composables/date/date.js) and sets its `locale`; nothing reads it.
      'export class VuetifyDateAdapter {',
      '  constructor(options) { this.locale = options.locale; }',
      '}',
    ].join('\n'),
  },
  {
    module: /[\\/]vuetify[\\/]lib[\\/]locale[\\/]adapters[\\/]vuetify\.js$/,
    code: [
      'export function createVuetifyAdapter() {',
      "  throw new Error('Vuetify follows vue-i18n here: give createVuetify its adapter');",
      '}',
    ].join('\n'),
  },
];

/**
 * A component that only asks whether it is inside a group imports the group's symbol from the
 * group's module, and with it the whole group component and its CSS: every v-chip brought
 * VChipGroup and VSlideGroup (5 KiB gzipped). Each such symbol is `Symbol.for(<its name>)`, the
 * same symbol wherever it is made: the component makes its own instead, and the group's module
 * comes only with a page that shows the group.
 */
const SYMBOL_IMPORT = /^import \{ (\w+Symbol) \} from "(\.\.\/V\w+\/V\w+\.js)";/gm;
const VUETIFY_COMPONENT = /[\\/]vuetify[\\/]lib[\\/]components[\\/]V\w+[\\/]V\w+\.js$/;

export function inlineSymbols(code: string, id: string): string | null {
  let changed = false;
  const result = code.replace(SYMBOL_IMPORT, (line, name: string, from: string) => {
    const source = fs.readFileSync(path.resolve(path.dirname(id), from), 'utf8');
    const made = new RegExp(`^export const ${name} = (Symbol\\.for\\('[\\w:-]+'\\));$`, 'm').exec(
      source,
    );
    if (!made) return line;
    changed = true;
    return `const ${name} = ${made[1]};`;
  });
  return changed ? result : null;
}

/**
 * Components Vuetify's others show only when a prop asks for one (an app bar's, a drawer's, a
 * card's or an avatar's `image`, an avatar's `badge`, a button's, a field's, a card's or an
 * alert's `loading`): each such module fetches them when it first shows them, so the app bar,
 * the drawer and every button no longer bring them into every first load. A module reading more
 * than the component (`VImg.filterProps`) keeps its import.
 */
const LAZY = ['VImg', 'VProgressLinear', 'VProgressCircular', 'VBadge'];

export function lazyComponents(code: string): string {
  let result = code;
  for (const component of LAZY) {
    const line = new RegExp(`^import \\{ ${component} \\} from ("[^"]+");`, 'm');
    const match = line.exec(result);
    if (!match) continue;
    if (new RegExp(`^(?!import|export|//).*\\b${component}\\.\\w`, 'm').test(result)) continue;
    result = result.replace(
      line,
      `const ${component} = __masarAsync(() => import(${match[1]}).then((m) => m.${component}));`,
    );
  }
  if (result === code) return code;
  return `import { defineAsyncComponent as __masarAsync } from 'vue';\n${result}`;
}

/**
 * Vuetify's icon aliases come from plugins/icon-aliases.ts, only those its components in the app
 * use: the build fails when a module in it names one missing there (`'$close'`; a VAlert, the
 * icon of its type).
 */
export function missingAliases(ids: string[], root: string): string[] {
  const lib = ids.map((id) => /^(.*[\\/]vuetify[\\/]lib[\\/])/.exec(id)?.[1]).find(Boolean);
  if (!lib) return [];
  const names = (file: string, pattern: RegExp) =>
    [...fs.readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1]!);
  const vuetifys = new Set(names(path.join(lib, 'iconsets/mdi.js'), /^ {2}(\w+): 'mdi-/gm));
  const ours = new Set(
    names(path.join(root, 'src/plugins/icon-aliases.ts'), /^ {2}(\w+): mdi\w+,$/gm),
  );
  const missing = new Set<string>();
  for (const id of ids) {
    const file = id.split('?')[0]!;
    const ownCode = file.startsWith(path.join(root, 'src'));
    if ((!ownCode && !file.startsWith(lib)) || !fs.existsSync(file)) continue;
    const code = fs.readFileSync(file, 'utf8');
    const named = [...code.matchAll(/['"`]\$(\w+)['"`]/g)].map((m) => m[1]!);
    if (code.includes('`$${props.type}`')) named.push('success', 'info', 'warning', 'error');
    for (const name of named) {
      if (vuetifys.has(name) && !ours.has(name)) missing.add(`$${name} (${path.basename(file)})`);
    }
  }
  return [...missing];
}

/** Vuetify's components that need its date adapter. */
const NEEDS_DATES =
  /[\\/]vuetify[\\/]lib[\\/](components|labs)[\\/](VDatePicker|VDateInput|VCalendar|VDateRangePicker|VMonthPicker|VTimeInput)[\\/]/;

export function vuetifyTrim(): Plugin {
  let root = process.cwd();
  return {
    name: 'masar:vuetify-trim',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    load(id) {
      return STUBS.find((stub) => stub.module.test(id))?.code ?? null;
    },
    transform(code, id) {
      if (!/[\\/]vuetify[\\/]lib[\\/]/.test(id)) return null;
      const lazy = lazyComponents(code);
      const trimmed = VUETIFY_COMPONENT.test(id) ? inlineSymbols(lazy, id) : null;
      return trimmed ?? (lazy === code ? null : lazy);
    },
    // Vuetify's index of components is read (every component's module), then left out: what
    // is checked is the modules with code in the output.
    generateBundle(_options, bundle) {
      const rendered = Object.values(bundle).flatMap((chunk) =>
        chunk.type === 'chunk'
          ? Object.entries(chunk.modules)
              .filter(([, module]) => module.renderedLength > 0)
              .map(([id]) => id)
          : [],
      );
      const dates = rendered.find((id) => NEEDS_DATES.test(id));
      if (dates) {
        this.error(
          `${dates} needs Vuetify's date adapter, which the build leaves out (vite-plugins/vuetify-trim.ts)`,
        );
      }
      const missing = missingAliases(rendered, root);
      if (missing.length) {
        this.error(`icon aliases missing from src/plugins/icon-aliases.ts: ${missing.join(', ')}`);
      }
    },
  };
}
