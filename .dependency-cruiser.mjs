/**
 * Import rules between features, run by `pnpm run lint`: a server module
 * (server/src/modules/<name>) or a client feature (client/src/features/<name>) may import another,
 * but never both ways round, directly or through other features. What two features both need
 * lives in server/src/modules/common or client/src/shared. (server/src/db is left out: it lists
 * every module's entities and is used by them, as the app's wiring, not as a feature.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const FEATURE_ROOTS = ['server/src/modules', 'client/src/features'];
const FEATURE_FOLDER = `^(${FEATURE_ROOTS.join('|')})/[^/]+$`;

/**
 * Cycles older than this rule, each allowed only with the partners named here (a new cycle
 * through any other feature fails). Remove an entry once its modules no longer import each other.
 */
const KNOWN_CYCLES = {
  // recordAudit (accounts → audit); Access and Role on the audit log's query (audit → accounts)
  'server/src/modules/accounts': ['audit'],
  'server/src/modules/audit': ['accounts'],
  // the Markdown budget (library → protection); the budget counts library rows (protection → library)
  'server/src/modules/library': ['protection'],
  'server/src/modules/protection': ['library'],
  // a closed transaction issues a survey link; a survey rates a transaction and opens feedback
  'server/src/modules/transactions': ['satisfaction'],
  'server/src/modules/satisfaction': ['transactions', 'feedback'],
  'server/src/modules/feedback': ['satisfaction', 'transactions'],
};

const exact = (folder) => `^${folder}$`;
const partners = (folder, names) => `^${path.posix.dirname(folder)}/(${names.join('|')})$`;

const comment =
  'Two features import each other (directly or through others): move what both need to server/src/modules/common or client/src/shared, or let only one side import the other.';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-feature-cycle',
      severity: 'error',
      comment,
      scope: 'folder',
      from: { path: FEATURE_FOLDER, pathNot: Object.keys(KNOWN_CYCLES).map(exact) },
      to: { path: FEATURE_FOLDER, circular: true },
    },
    ...Object.entries(KNOWN_CYCLES).map(([folder, names]) => ({
      name: 'no-feature-cycle',
      severity: 'error',
      comment,
      scope: 'folder',
      from: { path: exact(folder) },
      to: { path: FEATURE_FOLDER, pathNot: partners(folder, names), circular: true },
    })),
  ],
  options: {
    includeOnly: '^(server/src|client/src)/',
    exclude: {
      path: '^server/src/db/|(^|/)(node_modules|dist|gql|testing|test-support)/|\\.test\\.ts$',
    },
    tsPreCompilationDeps: true,
    // The client's `@/` paths.
    tsConfig: { fileName: path.join(root, 'client/tsconfig.json') },
    enhancedResolveOptions: { extensions: ['.ts', '.vue', '.js', '.mjs', '.json'] },
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'content' },
  },
};

// Every feature folder exists (a renamed module must be renamed here too).
for (const folder of Object.keys(KNOWN_CYCLES)) {
  if (!fs.existsSync(path.join(root, folder))) throw new Error(`${folder}: no such feature folder`);
}
