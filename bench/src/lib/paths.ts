import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

/** Where the built product lives (benchmarks run the same files production runs). */
export const paths = {
  root,
  bench: path.join(root, 'bench'),
  work: path.join(root, 'bench', '.work'),
  results: path.join(root, 'bench', 'RESULTS.md'),
  /** the figures behind RESULTS.md, so the text can be rendered again without re-measuring */
  rawResults: path.join(root, 'bench', 'results.json'),
  apiMain: path.join(root, 'apps', 'api', 'dist', 'main.js'),
  apiMigrate: path.join(root, 'apps', 'api', 'dist', 'database', 'migrate.js'),
  apiBcrypt: path.join(root, 'apps', 'api', 'node_modules', 'bcryptjs'),
  loopLagPreload: path.join(root, 'bench', 'src', 'loop-lag.cjs'),
  adminDist: path.join(root, 'apps', 'admin', 'dist'),
  submitDist: path.join(root, 'apps', 'submit', 'dist'),
  adminRoutes: path.join(root, 'apps', 'admin', 'src', 'routes.tsx'),
};
