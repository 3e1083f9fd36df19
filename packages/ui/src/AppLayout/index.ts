export { AppLayout, type AppLayoutProps, type AppMenuItem } from './AppLayout';
