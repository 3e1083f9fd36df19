import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { createWebAppsRouter } from './web-apps.router';

async function withServer(apps: Parameters<typeof createWebAppsRouter>[0], run: (url: string) => Promise<void>) {
  const app = express();
  app.use(createWebAppsRouter(apps));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('web apps router', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'govtrust-web-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>后台</title>');
  writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  const apps = [
    { mount: '/admin', dir, title: '信用办管理后台' },
    { mount: '/submit', dir: path.join(dir, 'missing'), title: '单位填报门户' },
  ];

  it('serves assets, falls back to index.html for client routes and redirects / to the console', async () => {
    await withServer(apps, async (url) => {
      const asset = await fetch(`${url}/admin/assets/app.js`);
      expect(asset.status).toBe(200);
      expect(await asset.text()).toBe('console.log(1)');
      const route = await fetch(`${url}/admin/review/123`);
      expect(route.status).toBe(200);
      expect(route.headers.get('cache-control')).toBe('no-store');
      expect(await route.text()).toContain('后台');
      const root = await fetch(`${url}/`, { redirect: 'manual' });
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/admin/');
    });
  });

  it('says in Chinese when an app has not been built', async () => {
    await withServer(apps, async (url) => {
      const response = await fetch(`${url}/submit/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('单位填报门户尚未构建');
    });
  });
});
