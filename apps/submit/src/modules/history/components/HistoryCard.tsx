import { RightOutlined } from '@ant-design/icons';
import { StatusTag } from '@govtrust/ui';
import { Card, Flex, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { MySubmissionsQuery } from '../../../generated/graphql';

export type HistoryRow = MySubmissionsQuery['mySubmissions']['nodes'][number];

export function HistoryCard({ row }: { row: HistoryRow }) {
  return (
    <Link to={`/history/${row.id}`} data-testid="history-card" style={{ display: 'block' }}>
      <Card size="small" hoverable styles={{ body: { padding: 12 } }}>
        <Flex gap={8} align="center">
          <Space orientation="vertical" size={4} style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong>{row.task?.title ?? '（任务已删除）'}</Typography.Text>
            <Space size={[4, 4]} wrap>
              <StatusTag status={row.state} />
              {row.late ? <Tag color="red">迟报 {row.lateDays} 天</Tag> : null}
              {row.returnCount > 0 ? <Tag color="orange">退回 {row.returnCount} 次</Tag> : null}
              <Typography.Text type="secondary">{row.period?.label}</Typography.Text>
            </Space>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {row.submittedAt ? `首次报送 ${dayjs(row.submittedAt).format('YYYY-MM-DD HH:mm')}` : '尚未报送'} · 更新于{' '}
              {dayjs(row.updatedAt).format('YYYY-MM-DD HH:mm')}
            </Typography.Text>
            {row.state === 'RETURNED' && row.lastReason ? <Typography.Text type="danger">退回原因：{row.lastReason}</Typography.Text> : null}
          </Space>
          <RightOutlined style={{ color: '#999' }} />
        </Flex>
      </Card>
    </Link>
  );
}
