import { App as AntdApp, ConfigProvider } from 'antd';
// the components' styles, prebuilt (the theme runs antd without generating styles at run time)
import 'antd/dist/antd.css';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createSessionEvents, govtrustTheme } from '@govtrust/ui';
import { createPortalClient } from './apollo/portalClient';

dayjs.locale('zh-cn');

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

const events = createSessionEvents();
const client = createPortalClient(events);

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={govtrustTheme}>
      <AntdApp>
        <App client={client} events={events} />
      </AntdApp>
    </ConfigProvider>
  </StrictMode>,
);
