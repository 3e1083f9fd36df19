import { describeError } from '@govtrust/ui';
import { Button, Result } from 'antd';
import { Link } from 'react-router';

/** A page whose data the API refused or could not give: its reason in Chinese and a way back. */
export function PageError({ error, title }: { error: unknown; title?: string }) {
  const { code, message } = describeError(error);
  const status = code === 'FORBIDDEN' ? '403' : code === 'NOT_FOUND' ? '404' : 'error';
  return (
    <Result
      status={status}
      title={title ?? message}
      subTitle={title ? message : undefined}
      data-testid="page-error"
      extra={
        <Link to="/tasks">
          <Button type="primary">返回本期任务</Button>
        </Link>
      }
    />
  );
}
