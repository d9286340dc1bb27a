import express from 'express';
import type { MikroORM } from '@mikro-orm/core';
import {
  authenticate,
  requestCredentials,
  type SessionSettings,
} from '../accounts/auth.service.js';
import { Role } from '../common/role.js';

/** Who may open the explorer: the statistics API's readers. */
export const EXPLORER_ROLES: readonly Role[] = [Role.ANALYST, Role.MANAGER];

/** The SPA's sign-in page, which leads back to `redirect` once signed in. */
export const EXPLORER_SIGN_IN = `/sign-in?redirect=${encodeURIComponent('/explorer')}`;

const FORBIDDEN_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Masar — API explorer: not allowed</title>
<style>
body{font-family:"IBM Plex Sans Arabic",system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.6;color:#1f2933}
h1{font-size:1.5rem;color:#0b5d57}a{color:#00695c}.ar{direction:rtl;text-align:right;margin-top:2rem;border-top:1px solid #dde3e8;padding-top:1rem}
</style>
</head>
<body>
<main>
<h1>The API explorer is for analysts and managers</h1>
<p>You are signed in, but your roles do not include the statistics API. Ask an administrator for the analyst role if you need it.</p>
<p><a href="/">Back to Masar</a> · <a href="/docs/analyst-guide">Analyst guide</a></p>
<section class="ar" lang="ar">
<h2>مستكشف الواجهة البرمجية للمحللين والمديرين</h2>
<p>أدوارك لا تشمل واجهة الإحصاءات. اطلب دور المحلل من مدير النظام إن احتجت إليه.</p>
<p><a href="/">العودة إلى مسار</a></p>
</section>
</main>
</body>
</html>
`;

/**
 * GET /explorer — GraphiQL (client/explorer.html, a separate Vite entry) for analysts and
 * managers, signed in with the session cookie (or an API token in `Authorization`). Anonymous
 * visitors go to the sign-in page, which leads back here; other roles get a 403 page.
 * `/explorer.html`, which the static files would otherwise serve to anyone, leads here too.
 * The page is only the tool: GraphQL itself checks every query's access.
 */
export function explorerRouter(
  orm: MikroORM,
  sessions: SessionSettings,
  clientDist: string,
): express.Router {
  const router = express.Router();

  router.get('/explorer.html', (_req, res) => {
    res.redirect(301, '/explorer');
  });

  router.get('/explorer', async (req, res, next) => {
    try {
      const auth = await authenticate(orm.em.fork(), requestCredentials(req.headers), sessions);
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('Vary', 'Cookie, Authorization');
      if (!auth) return res.redirect(302, EXPLORER_SIGN_IN);
      if (!auth.user.hasAnyRole(EXPLORER_ROLES)) {
        return res.status(403).type('html').send(FORBIDDEN_PAGE);
      }
      // Relative to its root: `send` refuses an absolute path with a dot-directory in it.
      res.sendFile('explorer.html', { root: clientDist }, (err) => {
        if (err && !res.headersSent) next(err);
      });
    } catch (err) {
      next(err);
    }
  });

  return router;
}
