import { DeadlineBadge } from '@govtrust/ui';
import { Empty, List, Typography } from 'antd';
import type { PeriodProgressQuery } from '../../../generated/graphql';

type DeadlineGroup = PeriodProgressQuery['periodProgress']['deadlines'][number];

/** Upcoming due dates of the period (or, when all have passed, the last ones), with what is still open. */
export function DeadlineList({ deadlines, today }: { deadlines: readonly DeadlineGroup[]; today: string }) {
  const upcoming = deadlines.filter((d) => d.dueDate >= today);
  const shown = upcoming.length > 0 ? upcoming.slice(0, 8) : deadlines.slice(-5).reverse();
  if (shown.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本期没有截止日期" />;
  return (
    <>
      {upcoming.length === 0 ? <Typography.Paragraph type="secondary">本期截止日期均已过，以下为最近的截止日期。</Typography.Paragraph> : null}
      <List
        size="small"
        dataSource={shown}
        renderItem={(d) => (
          <List.Item extra={d.open > 0 ? <Typography.Text type="danger">{d.open} 项未报送</Typography.Text> : <Typography.Text type="success">已全部报送</Typography.Text>}>
            <div>
              <DeadlineBadge due={d.dueDate} now={today} done={d.open === 0} />
              <div>
                <Typography.Text type="secondary">{d.tasks} 项任务到期</Typography.Text>
              </div>
            </div>
          </List.Item>
        )}
      />
    </>
  );
}
