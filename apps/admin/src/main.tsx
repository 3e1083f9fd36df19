import { ApolloSessionProvider, createSessionClient, createSessionEvents } from '@govtrust/ui';
import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { theme } from './theme';

dayjs.locale('zh-cn');

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// same-origin /graphql (the API serves the built console at /admin/, `vite dev` proxies it)
const events = createSessionEvents();
const client = createSessionClient({ events });

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntdApp>
        <ApolloSessionProvider client={client} events={events}>
          <App />
        </ApolloSessionProvider>
      </AntdApp>
    </ConfigProvider>
  </StrictMode>,
);
