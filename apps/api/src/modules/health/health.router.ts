import { Router } from 'express';
import type { DataSource } from 'typeorm';

/** GET /health: 200 `{status:'ok', database:'up'}` when `SELECT 1` answers, else 503. */
export function createHealthRouter(dataSource: DataSource): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'error', database: 'down' });
    }
  });
  return router;
}
