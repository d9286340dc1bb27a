/**
 * What the build leaves out of Vuetify (vite-plugins/vuetify-trim.ts), on Vuetify's own modules:
 * a chip makes its groups' symbols itself, the same symbols; a button fetches its spinner when it
 * first shows it; and a build whose components name an icon alias missing from
 * plugins/icon-aliases.ts is refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VChipGroupSymbol } from 'vuetify/lib/components/VChipGroup/VChipGroup.js';
import { VSlideGroupSymbol } from 'vuetify/lib/components/VSlideGroup/VSlideGroup.js';
import { inlineSymbols, lazyComponents, missingAliases } from '../../vite-plugins/vuetify-trim';

const client = path.resolve(__dirname, '../..');
const lib = path.join(client, 'node_modules/vuetify/lib');
const read = (file: string) => fs.readFileSync(path.join(lib, file), 'utf8');

describe('Vuetify, trimmed by the build', () => {
  it('a chip makes the same group symbols itself and imports no group component', () => {
    const id = path.join(lib, 'components/VChip/VChip.js');
    const code = inlineSymbols(read('components/VChip/VChip.js'), id)!;
    expect(code).not.toMatch(/from "\.\.\/VChipGroup\/|from "\.\.\/VSlideGroup\//);
    expect(code).toContain(
      `const VChipGroupSymbol = Symbol.for('${Symbol.keyFor(VChipGroupSymbol)}');`,
    );
    expect(code).toContain(
      `const VSlideGroupSymbol = Symbol.for('${Symbol.keyFor(VSlideGroupSymbol)}');`,
    );
  });

  it('a button fetches its loading spinner when it first shows it', () => {
    const code = lazyComponents(read('components/VBtn/VBtn.js'));
    expect(code).not.toMatch(/^import \{ VProgressCircular \}/m);
    expect(code).toContain(
      'const VProgressCircular = __masarAsync(() => import("../VProgressCircular/index.js")',
    );
    // VProgress reads VProgressLinear.filterProps: it keeps its imports.
    const progress = read('components/VProgress/VProgress.js');
    expect(lazyComponents(progress)).toBe(progress);
  });

  it('refuses icon aliases the components name and icon-aliases.ts lacks', () => {
    const ids = ['components/VChip/VChip.js', 'components/VAlert/VAlert.js'].map((f) =>
      path.join(lib, f),
    );
    expect(missingAliases(ids, client)).toEqual([]);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'icon-aliases-'));
    fs.mkdirSync(path.join(root, 'src/plugins'), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'src/plugins/icon-aliases.ts'),
      'export const iconAliases = {\n  close: mdiClose,\n};\n',
    );
    expect(missingAliases(ids, root).sort()).toEqual(
      [
        '$complete (VChip.js)',
        '$delete (VChip.js)',
        '$error (VAlert.js)',
        '$info (VAlert.js)',
        '$success (VAlert.js)',
        '$warning (VAlert.js)',
      ].sort(),
    );
  });
});
