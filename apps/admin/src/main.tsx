import { ApolloProvider } from '@apollo/client/react';
import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApolloClient } from './apollo/client';
import { theme } from './theme';

dayjs.locale('zh-cn');

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

const client = createApolloClient();

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntdApp>
        <ApolloProvider client={client}>
          <App />
        </ApolloProvider>
      </AntdApp>
    </ConfigProvider>
  </StrictMode>,
);
