import { Button, Empty, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { MyWarningsQuery, WarningSeverity, WarningStatus } from '../../../generated/graphql';

const SEVERITY: Record<WarningSeverity, { label: string; color: string }> = {
  HIGH: { label: '严重', color: 'red' },
  MEDIUM: { label: '一般', color: 'orange' },
  LOW: { label: '提示', color: 'blue' },
};
const STATUS: Record<WarningStatus, string> = { OPEN: '待处理', ACKNOWLEDGED: '已确认', RESOLVED: '已解除' };
const FIRST = 8;

/** 预警: what the platform flagged for the unit (missed deadlines, zero-point indicators …). */
export function WarningList({ warnings }: { warnings: MyWarningsQuery['warnings']['nodes'] }) {
  const [all, setAll] = useState(false);
  if (warnings.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无预警" />;
  return (
    <div>
      {(all ? warnings : warnings.slice(0, FIRST)).map((warning) => (
        <div key={warning.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Space orientation="vertical" size={2}>
            <Space size={4} wrap>
              <Tag color={SEVERITY[warning.severity].color}>{SEVERITY[warning.severity].label}</Tag>
              <Tag>{STATUS[warning.status]}</Tag>
              <Typography.Text type="secondary">{warning.period?.label}</Typography.Text>
            </Space>
            <Typography.Text>{warning.message}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {warning.task ? `${warning.task.title} · ` : ''}最近发现 {dayjs(warning.lastSeenAt).format('YYYY-MM-DD HH:mm')}
            </Typography.Text>
          </Space>
        </div>
      ))}
      {!all && warnings.length > FIRST ? (
        <Button type="link" onClick={() => setAll(true)} style={{ paddingInline: 0 }}>
          显示全部 {warnings.length} 条预警
        </Button>
      ) : null}
    </div>
  );
}
