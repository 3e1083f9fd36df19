import { ApolloSessionProvider, createSessionClient, createSessionEvents, govtrustTheme } from '@govtrust/ui';
import { App as AntdApp, ConfigProvider } from 'antd';
// the components' styles, prebuilt (the theme runs antd without generating styles at run time)
import 'antd/dist/antd.css';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchForStart } from './startupPrefetch';

dayjs.locale('zh-cn');

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// same-origin /graphql (the API serves the built console at /admin/, `vite dev` proxies it)
const events = createSessionEvents();
const client = createSessionClient({ events });
prefetchForStart(client, window.location.pathname.slice(import.meta.env.BASE_URL.length - 1));

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={govtrustTheme}>
      <AntdApp>
        <ApolloSessionProvider client={client} events={events}>
          <App />
        </ApolloSessionProvider>
      </AntdApp>
    </ConfigProvider>
  </StrictMode>,
);
