/**
 * Which addresses are pages of the SPA: the client's build carries their vue-router patterns
 * (`spa-routes.json`, kept equal to the router by a client test). Those are answered with the
 * app; any other address is a 404, so a probe or a link at a wrong path fails loudly instead of
 * getting the app's page with 200.
 */
import fs from 'node:fs';
import path from 'node:path';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A vue-router path pattern (`/a/:id(\\d+)`, `/b/:slug`) as a regular expression. */
export function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('/')
    .map((segment) =>
      segment.replace(
        /:(\w+)(?:\(((?:\\.|[^)])+)\))?|([^:]+)/g,
        (
          _all,
          param: string | undefined,
          custom: string | undefined,
          literal: string | undefined,
        ) => (param ? `(?:${custom ?? '[^/]+'})` : escape(literal ?? '')),
      ),
    )
    .join('/');
  return new RegExp(`^${source === '' ? '/' : source}/?$`);
}

/** Whether a path is one of the app's pages; every path is when the build has no list. */
export function spaRouteMatcher(clientDist: string): (urlPath: string) => boolean {
  const file = path.join(clientDist, 'spa-routes.json');
  if (!fs.existsSync(file)) return () => true;
  const { routes } = JSON.parse(fs.readFileSync(file, 'utf8')) as { routes: string[] };
  const patterns = routes.map(patternToRegExp);
  return (urlPath) => patterns.some((p) => p.test(urlPath));
}
