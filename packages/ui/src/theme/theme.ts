import type { ThemeConfig } from 'antd';

/**
 * The console's and the portal's one antd theme. zeroRuntime: component styles come from antd's
 * prebuilt stylesheet, which each app imports once (`antd/dist/antd.css`), instead of being
 * generated in the browser the first time each component shows and re-checked on every render.
 * The tokens below still reach those styles as CSS variables.
 */
export const govtrustTheme: ThemeConfig = {
  token: { colorPrimary: '#1f5fbf', borderRadius: 4 },
  zeroRuntime: true,
};
