import { Button, Result } from 'antd';
import { Link } from 'react-router';

export default function NotFoundPage() {
  return (
    <Result
      status="404"
      title="页面不存在"
      extra={
        <Link to="/tasks">
          <Button type="primary">返回本期任务</Button>
        </Link>
      }
    />
  );
}
