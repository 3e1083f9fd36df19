import { Card, Col, Row, Statistic } from 'antd';
import type { MyTaskRow } from './TaskCard';

/** The three numbers a clerk checks first: what is still open, what is late, what came back. */
export function TaskSummary({ rows }: { rows: MyTaskRow[] }) {
  const open = rows.filter((r) => ['NOT_STARTED', 'DRAFT', 'RETURNED'].includes(r.submissionState)).length;
  const overdue = rows.filter((r) => r.overdue).length;
  const returned = rows.filter((r) => r.submissionState === 'RETURNED').length;
  return (
    <Row gutter={8}>
      <Col span={8}>
        <Card size="small">
          <Statistic title="待填报" value={open} />
        </Card>
      </Col>
      <Col span={8}>
        <Card size="small">
          <Statistic title="已逾期" value={overdue} styles={{ content: overdue > 0 ? { color: '#cf1322' } : undefined }} />
        </Card>
      </Col>
      <Col span={8}>
        <Card size="small">
          <Statistic title="被退回" value={returned} styles={{ content: returned > 0 ? { color: '#cf1322' } : undefined }} />
        </Card>
      </Col>
    </Row>
  );
}
