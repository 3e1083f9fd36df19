import { ApartmentOutlined } from '@ant-design/icons';
import type { AppMenuItem } from '@govtrust/ui';
import type { AccessFlag } from './access';

/** Console sections: the menu key is the first path segment; `access` names the flag a user needs. */
export interface ConsoleSection extends AppMenuItem {
  access: AccessFlag;
}

export const CONSOLE_SECTIONS: ConsoleSection[] = [{ key: 'indicator-systems', label: '指标体系', icon: <ApartmentOutlined />, access: 'canViewIndicatorSystems' }];
