import { describe, expect, it } from 'vitest';
import { SERVER_PAGES, routes } from '@/router';
import spaRoutes from '../public/spa-routes.json';

/**
 * The server answers the app's own addresses with the app (200) and any other address with a 404
 * (a probe at a wrong path fails loudly). It learns the addresses from `public/spa-routes.json`,
 * copied into the build: this test keeps that list equal to the router's.
 */
describe('public/spa-routes.json', () => {
  it("lists exactly the router's page addresses (add a new page's path there)", () => {
    const pages = routes
      .map((route) => route.path)
      .filter(
        (path) =>
          !path.includes('pathMatch') && !(SERVER_PAGES as readonly string[]).includes(path),
      );
    expect([...spaRoutes.routes].sort()).toEqual([...pages].sort());
  });
});
