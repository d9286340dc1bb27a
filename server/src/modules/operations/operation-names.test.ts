import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_OPERATIONS, operationLabel } from './operation-names.js';

const clientSrc = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../client/src',
);

function graphqlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return graphqlFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

describe('the operation names metrics and logs may carry', () => {
  it("are exactly the client's operations", () => {
    const names = graphqlFiles(clientSrc).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/^(?:query|mutation|subscription)\s+(\w+)/gm)].map(
        (m) => m[1]!,
      ),
    );
    const expected = [...new Set(names)].sort();
    expect(
      [...APP_OPERATIONS].sort(),
      `paste into operation-names.ts:\n${expected.map((n) => `  '${n}',`).join('\n')}`,
    ).toEqual(expected);
  });

  it('label any other name, or none, as other', () => {
    expect(operationLabel('SignIn')).toBe('SignIn');
    expect(operationLabel('Ali_1012345678')).toBe('other');
    expect(operationLabel(null)).toBe('other');
    expect(operationLabel('constructor')).toBe('other');
  });
});
