import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createSessionEvents } from '@govtrust/ui';
import { createPortalClient } from './apollo/portalClient';
import { theme } from './theme';

dayjs.locale('zh-cn');

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

const events = createSessionEvents();
const client = createPortalClient(events);

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntdApp>
        <App client={client} events={events} />
      </AntdApp>
    </ConfigProvider>
  </StrictMode>,
);
