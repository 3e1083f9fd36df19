import { Result } from 'antd';
import type { ReactNode } from 'react';
import type { AccessFlag } from '../../../access';
import { useAccess } from '../hooks/useSession';

/** A route's guard: pages a user may not open say so instead of failing request by request. */
export function RequireAccess({ flag, children }: { flag: AccessFlag; children: ReactNode }) {
  const access = useAccess();
  if (!access[flag]) return <Result status="403" title="无权访问此页面" subTitle="如需使用，请联系系统管理员分配权限。" />;
  return <>{children}</>;
}
