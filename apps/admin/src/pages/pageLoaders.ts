/**
 * Each console page's chunk, by the first path segment. App.tsx makes its lazy routes from these,
 * and start-up asks for the opened page's chunk at once (preloadPage), so it downloads beside the
 * session check instead of after it.
 */
export const pageLoaders = {
  login: () => import('./LoginPage'),
  dashboard: () => import('./DashboardPage'),
  review: () => import('./ReviewQueuePage'),
  'task-lists': () => import('./TaskListsPage'),
  periods: () => import('./PeriodsPage'),
  units: () => import('./UnitsPage'),
  accounts: () => import('./AccountsPage'),
  'audit-logs': () => import('./AuditLogPage'),
  'indicator-systems': () => import('./IndicatorSystemListPage'),
  'indicator-system': () => import('./IndicatorSystemDetailPage'),
  scores: () => import('./ScoresPage'),
  warnings: () => import('./WarningsPage'),
  reports: () => import('./ReportsPage'),
  monitoring: () => import('./MonitoringEntryPage'),
  'not-found': () => import('./NotFoundPage'),
} satisfies Record<string, () => Promise<{ default: React.ComponentType }>>;

export type PageKey = keyof typeof pageLoaders;

/** The page a console path (below /admin) opens: `/indicator-systems/7` is the detail page. */
export function pageFor(pathname: string): PageKey | null {
  const [section, id] = pathname.replace(/^\/+/, '').split('/');
  if (!section) return null;
  if (section === 'indicator-systems' && id) return 'indicator-system';
  return section in pageLoaders ? (section as PageKey) : null;
}

/** Starts downloading the page's chunk; the lazy route reuses the same module promise. */
export function preloadPage(pathname: string): void {
  const key = pageFor(pathname);
  if (key) void pageLoaders[key]().catch(() => undefined);
}
