import { useQuery } from '@apollo/client/react';
import { Table, Typography } from 'antd';
import { QueryError } from '../../common/components/QueryError';
import { DUE_DATE_PREVIEW } from '../graphql/queries/dueDatePreviewQuery';

export interface TaskDueDatesProps {
  /** the rule as edited (parsed from the new 完成时限) or the task's own */
  rule: unknown;
  year: number;
  /** the rule is the edited one, not yet saved */
  edited: boolean;
}

/** The year's due dates a deadline rule gives, computed by the API with the working-day calendar (holidays and adjusted days). */
export function TaskDueDates({ rule, year, edited }: TaskDueDatesProps) {
  const { data, loading, error, refetch } = useQuery(DUE_DATE_PREVIEW, { variables: { rule, year } });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <div style={{ marginBottom: 16 }} data-testid="task-due-dates">
      <Typography.Text strong>{edited ? `按修改后的完成时限，${year}年各期截止日期` : `${year}年各期截止日期`}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        遇法定节假日和休息日顺延至下一个工作日（含调休上班日）。{edited ? '保存后，未关闭期次按此重算。' : ''}
      </Typography.Paragraph>
      <Table
        rowKey={(row) => `${row.periodKind}-${row.index}`}
        size="small"
        loading={loading}
        pagination={false}
        scroll={{ y: 220 }}
        dataSource={data?.dueDatePreview ?? []}
        columns={[
          { title: '期次', dataIndex: 'label' },
          { title: '截止日期', key: 'due', render: (_, row) => row.dueDate ?? '无固定截止日期' },
        ]}
      />
    </div>
  );
}
