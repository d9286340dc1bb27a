/**
 * Import rules between features, run by `pnpm run lint`: a server module
 * (server/src/modules/<name>) or a client feature (client/src/features/<name>) may import another,
 * but never both ways round, directly or through other features. What two features both need
 * lives in server/src/modules/common or client/src/shared. (server/src/db is left out: it lists
 * every module's entities and is used by them, as the app's wiring, not as a feature.)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const FEATURE_ROOTS = ['server/src/modules', 'client/src/features'];
const FEATURE_FOLDER = `^(${FEATURE_ROOTS.join('|')})/[^/]+$`;

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
      from: { path: FEATURE_FOLDER },
      to: { path: FEATURE_FOLDER, circular: true },
    },
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
    // No cache: its result went stale (it passed a new cycle, and missed new files).
  },
};
