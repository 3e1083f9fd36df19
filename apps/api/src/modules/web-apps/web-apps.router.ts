/**
 * Serves the built web apps from the same origin as the API, so session cookies stay first-party:
 * the credit-office console at /admin/ and the unit portal at /submit/ (client-side routes fall
 * back to each app's index.html). An app that has not been built is reported, not hidden.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

export interface WebApp {
  /** URL prefix, e.g. /admin */
  mount: string;
  /** the app's Vite output directory */
  dir: string;
  title: string;
}

/** apps/<name>/dist beside apps/api (works from src/ under tsx and from dist/ when built). */
export function defaultWebApps(appsDir = path.resolve(__dirname, '..', '..', '..', '..')): WebApp[] {
  return [
    { mount: '/admin', dir: path.join(appsDir, 'admin', 'dist'), title: '信用办管理后台' },
    { mount: '/submit', dir: path.join(appsDir, 'submit', 'dist'), title: '单位填报门户' },
  ];
}

export function createWebAppsRouter(apps: WebApp[] = defaultWebApps()): Router {
  const router = express.Router();
  router.get('/', (_req, res) => res.redirect(302, '/admin/'));
  for (const app of apps) {
    const index = path.join(app.dir, 'index.html');
    router.use(app.mount, express.static(app.dir, { index: false, maxAge: '1h', fallthrough: true }));
    router.get(new RegExp(`^${app.mount}(/.*)?$`), (_req, res) => {
      if (!existsSync(index)) {
        res
          .status(503)
          .type('text/plain; charset=utf-8')
          .send(`${app.title}尚未构建：请先运行 pnpm build`);
        return;
      }
      // the HTML must never be cached: it names the hashed asset files of the current build
      res.setHeader('Cache-Control', 'no-store');
      res.sendFile(index);
    });
  }
  return router;
}
