/**
 * Issue 16, item 2: what a page costs on its first load, read from the built client
 * (client/dist, built by `pnpm test` before this suite): the JavaScript a browser must fetch
 * before the page can show, gzipped, for every page of the app.
 *
 * A page's first load is the entry (index.html's script and its static imports, which Vite
 * modulepreloads) plus the page's own chunk and its static imports; what a page imports
 * dynamically comes later and is not counted: ECharts with the first chart, a dialog when it is
 * first opened, and Vuetify's data table, which a list page fetches beside its first rows
 * (ConnectionTable.vue: the skeleton shows until both are there). Vite's manifest
 * (client/dist/.vite/manifest.json) says which chunk imports which.
 *
 * The goals are 150 KiB for the public pages (/policy, the survey /s/<token>, /sign-in,
 * and a tool's public document /library/tools/<KEY>, where the policy links) and 250 KiB for any
 * signed-in page. Both are reached (README, "Page weight"). The public pages carry no Apollo
 * Client (they ask through shared/graphql-request.ts; Apollo comes with the first signed-in
 * page), their messages come compiled without vue-i18n's compiler, and what Vuetify brings
 * unused is left out (client/vite-plugins/). What is left before any page is Vue, vue-router,
 * vue-i18n's runtime and Vuetify's core. A signed-in page fetches Vuetify's choice fields and
 * menus beside its data or with their first use (shared/components/lazy-fields.ts, LazyMenu.vue),
 * and what it shows only once its data is there beside that data (shared/components/lazy.ts,
 * `fetchedAside`: the filter bars, the figures' sections, the forms' fields), its skeleton showing
 * until both are there. The limits below hold what was reached, under the goals, so nothing grows
 * back unnoticed; lower them whenever the figures drop.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/server.js';

const KiB = 1024;
/** The goals, both reached: the limits below are under them. */
export const GOAL = { public: 150 * KiB, signedIn: 250 * KiB };
/**
 * What is enforced today: the figures reached, with a little room. Raised with issue 18 (the
 * beneficiary's file) by 2 KiB public and 5 KiB signed in: the entry carries five more features'
 * routes, menu entries and message groups (document types, holidays, support types, renewals,
 * the committee summary), and the audit log the labels of their actions.
 */
const LIMIT = { public: 145 * KiB, signedIn: 225 * KiB };

/** The public pages by address, and the page component each shows. */
const PUBLIC_PAGES: Record<string, string> = {
  '/policy': 'src/features/policy/pages/PolicyPage.vue',
  '/s/<token>': 'src/features/satisfaction/pages/SurveyPage.vue',
  '/sign-in': 'src/features/accounts/pages/SignInPage.vue',
  '/library/tools/<KEY>': 'src/features/library/pages/ToolDocumentPage.vue',
};

interface Chunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const dist = path.join(repoRoot, 'client/dist');
const manifestFile = path.join(dist, '.vite/manifest.json');

function readManifest(): Record<string, Chunk> {
  if (!fs.existsSync(manifestFile)) {
    throw new Error(`${manifestFile} is missing: build the client first (pnpm build)`);
  }
  return JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, Chunk>;
}

const gzipped = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
    gzipped.set(file, size);
  }
  return size;
}

/** The chunks loaded with `keys`: them and their static imports, transitively. */
function staticClosure(manifest: Record<string, Chunk>, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...keys];
  while (todo.length) {
    const key = todo.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    todo.push(...(manifest[key]?.imports ?? []));
  }
  return seen;
}

/**
 * The messages come in groups, each language's group a chunk of its own
 * (client/src/locales/groups.ts, client/vite-plugins/message-groups.ts): `shared` before the
 * app shows, and the groups a route declares (`messages` in its feature's routes) before it
 * resolves. Arabic's, the default language and the longer text, are counted.
 */
const messagesChunk = (group: string, locale = 'ar') =>
  `src/locales/messages/${locale}/${group}.js`;

interface RoutePage {
  /** The route's address, e.g. `/s/:token`. */
  path: string;
  /** Its page component, as the manifest names it. */
  page: string;
  /** The groups of messages it loads besides `shared`. */
  messages: string[];
}

/**
 * Every route of the features, read from client/src/features/<feature>/index.ts: each
 * `defineFeature(name, PAGES, NAV, [[path, name, page, titleKey, roles, { messages }], …])`.
 */
function featureRoutes(): RoutePage[] {
  const featuresDir = path.join(repoRoot, 'client/src/features');
  const text = (node: ts.Node | undefined) =>
    node && ts.isStringLiteralLike(node) ? node.text : undefined;
  const routes: RoutePage[] = [];
  for (const feature of fs.readdirSync(featuresDir)) {
    const file = path.join(featuresDir, feature, 'index.ts');
    if (!fs.existsSync(file)) continue;
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'defineFeature' &&
        node.arguments[3] &&
        ts.isArrayLiteralExpression(node.arguments[3])
      ) {
        for (const route of node.arguments[3].elements) {
          if (!ts.isArrayLiteralExpression(route))
            throw new Error(`${file}: a route that is not a list`);
          const [routePath, , page, , , options] = route.elements;
          const messages =
            options && ts.isObjectLiteralExpression(options)
              ? options.properties.find(
                  (p) =>
                    (p.name && text(p.name) === 'messages') ||
                    (p.name && ts.isIdentifier(p.name) && p.name.text === 'messages'),
                )
              : undefined;
          const groups =
            messages &&
            ts.isPropertyAssignment(messages) &&
            ts.isArrayLiteralExpression(messages.initializer)
              ? messages.initializer.elements.map((e) => text(e)!)
              : [];
          routes.push({
            path: text(routePath)!,
            page: `src/features/${feature}/pages/${text(page)}.vue`,
            messages: groups,
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return routes;
}

function firstLoad(manifest: Record<string, Chunk>, page: string, messages: string[] = []) {
  const keys = ['index.html', page, ...['shared', ...messages].map((g) => messagesChunk(g))];
  for (const key of keys) if (!manifest[key]) throw new Error(`${key} is not in the manifest`);
  const chunks = [...staticClosure(manifest, keys)].map((k) => manifest[k]!);
  const js = chunks.map((c) => c.file).filter((f) => f.endsWith('.js'));
  const css = [...new Set(chunks.flatMap((c) => c.css ?? []))];
  return {
    chunks,
    js: js.reduce((sum, f) => sum + gzipSize(f), 0),
    css: css.reduce((sum, f) => sum + gzipSize(f), 0),
    messages: keys.slice(2).reduce((sum, k) => sum + gzipSize(manifest[k]!.file), 0),
  };
}

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;

describe('first-load budget of every page (gzipped JavaScript, from client/dist)', () => {
  const manifest = readManifest();
  const pages = Object.keys(manifest)
    .filter((k) => /^src\/features\/[^/]+\/pages\/[^/]+\.vue$/.test(k))
    .sort();
  const publicPages = new Set(Object.values(PUBLIC_PAGES));
  const publicRoutes = new Set(['/policy', '/s/:token', '/sign-in', '/library/tools/:toolKey']);
  const routes = featureRoutes();
  const isPublic = (route: RoutePage) => publicRoutes.has(route.path);

  it('lists what each page loads first (the figures README quotes)', () => {
    const rows = routes.map((route) => {
      const load = firstLoad(manifest, route.page, route.messages);
      return `${kib(load.js).padStart(10)} JS ${kib(load.css).padStart(10)} CSS ${kib(load.messages).padStart(9)} messages  ${route.page.replace('src/features/', '')} ${route.path}`;
    });
    const entry = firstLoad(manifest, 'index.html');
    console.log(
      [
        `${kib(entry.js).padStart(10)} JS ${kib(entry.css).padStart(10)} CSS ${kib(entry.messages).padStart(9)} messages  (entry and the shared messages)`,
        ...rows,
      ].join('\n'),
    );
    expect(pages.length).toBeGreaterThan(20);
    // Every page is some route's, and the public ones are there.
    expect(pages.filter((page) => !routes.some((r) => r.page === page))).toEqual([]);
    for (const page of publicPages) expect(pages, page).toContain(page);
    for (const route of publicRoutes) expect(routes.map((r) => r.path)).toContain(route);
    // Each language's groups of messages are chunks of their own, none in the entry.
    const entryChunks = staticClosure(manifest, ['index.html']);
    for (const group of new Set(['shared', ...routes.flatMap((r) => r.messages)])) {
      for (const locale of ['ar', 'en']) {
        const key = messagesChunk(group, locale);
        expect(manifest[key]?.isDynamicEntry, key).toBe(true);
        expect(entryChunks.has(key), key).toBe(false);
      }
    }
  });

  it(`public pages stay within ${kib(LIMIT.public)} (goal ${kib(GOAL.public)}), signed-in pages within ${kib(LIMIT.signedIn)} (goal ${kib(GOAL.signedIn)})`, () => {
    const over = routes
      .map((route) => {
        const limit = isPublic(route) ? LIMIT.public : LIMIT.signedIn;
        return { route, js: firstLoad(manifest, route.page, route.messages).js, limit };
      })
      .filter((p) => p.js > p.limit)
      .map((p) => `${p.route.path} (${p.route.page}): ${kib(p.js)} > ${kib(p.limit)}`);
    expect(over).toEqual([]);
    // The goals are reached: a limit never goes back above its goal.
    expect(LIMIT.public).toBeLessThanOrEqual(GOAL.public);
    expect(LIMIT.signedIn).toBeLessThanOrEqual(GOAL.signedIn);
  });

  it('loads ECharts with the first chart only: no page has it in its first load', () => {
    // The library's chunk (vite.config.ts names it) and the module registering its parts.
    const echarts = Object.keys(manifest).filter((k) => manifest[k]!.name === 'echarts');
    expect(echarts.length).toBeGreaterThan(0);
    expect(manifest['src/shared/charts/echarts.ts']?.isDynamicEntry).toBe(true);
    for (const page of pages) {
      const first = staticClosure(manifest, ['index.html', page]);
      expect(
        echarts.filter((k) => first.has(k)),
        page,
      ).toEqual([]);
    }
  });

  it('ships icons as the SVG paths used, no icon font; the typeface in its Arabic and Latin subsets only', () => {
    const files = fs.readdirSync(path.join(dist, 'assets'));
    expect(files.filter((f) => /materialdesignicons|mdi-font/i.test(f))).toEqual([]);
    const fonts = files.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !/-(arabic|latin)-\d00-normal/.test(f))).toEqual([]);
    // Each face is swapped in when it arrives: the text shows at once in a fallback font.
    const css = files.filter((f) => f.endsWith('.css'));
    const faces = css.flatMap((f) =>
      [
        ...fs.readFileSync(path.join(dist, 'assets', f), 'utf8').matchAll(/@font-face\{[^}]*\}/g),
      ].map((m) => m[0]),
    );
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) expect(face).toContain('font-display:swap');
  });
});
