import { useLazyQuery } from '@apollo/client/react';
import { Button, Drawer, Form, Input, InputNumber, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../common/components/QueryError';
import { PERIOD_KIND_LABELS } from '../../common/utils/labels';
import { DUE_DATE_PREVIEW } from '../graphql/queries/dueDatePreviewQuery';
import { deadlineRuleText } from '../utils/deadlineRuleText';

type RuleKind = 'MONTHLY' | 'QUARTERLY' | 'ANNUAL' | 'FIXED' | 'CONTINUOUS' | 'WORKING_DAYS_AFTER_EVENT';

interface RuleValues {
  kind: RuleKind;
  day?: number;
  month?: number;
  date?: string;
  days?: number;
  event?: string;
  year: number;
}

const KIND_OPTIONS: Array<{ value: RuleKind; label: string }> = [
  { value: 'MONTHLY', label: '按月（次月某日前）' },
  { value: 'QUARTERLY', label: '按季度（下季度首月某日前）' },
  { value: 'ANNUAL', label: '按年（次年某月某日前）' },
  { value: 'FIXED', label: '固定日期' },
  { value: 'WORKING_DAYS_AFTER_EVENT', label: '事项发生后若干工作日内' },
  { value: 'CONTINUOUS', label: '持续推进（无截止日期）' },
];

/** The rule as the API's DeadlineRule JSON, only the fields of its kind. */
function ruleOf(values: RuleValues): Record<string, unknown> {
  switch (values.kind) {
    case 'MONTHLY':
    case 'QUARTERLY':
      return { kind: values.kind, day: values.day };
    case 'ANNUAL':
      return { kind: values.kind, month: values.month, day: values.day };
    case 'FIXED':
      return { kind: values.kind, date: values.date };
    case 'WORKING_DAYS_AFTER_EVENT':
      return { kind: values.kind, days: values.days, event: values.event ?? '' };
    default:
      return { kind: values.kind };
  }
}

/** Try a 完成时限 rule: the API computes the year's due dates with the working-day calendar. */
export function DueDatePreviewDrawer({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  const [form] = Form.useForm<RuleValues>();
  const kind = Form.useWatch('kind', form);
  const [preview, { data, loading, error }] = useLazyQuery(DUE_DATE_PREVIEW);
  const [asked, setAsked] = useState<string | null>(null);

  const run = async () => {
    const values = await form.validateFields();
    const rule = ruleOf(values);
    setAsked(deadlineRuleText(rule));
    void preview({ variables: { rule, year: values.year } });
  };

  return (
    <Drawer title="截止日期预览" open={open} onClose={onClose} size={560}>
      <Typography.Paragraph type="secondary">按完成时限规则计算全年各期的截止日期，遇法定节假日和休息日顺延（含工作日历调整）。</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ kind: 'MONTHLY', day: 4, month: 1, year }} onFinish={() => void run()}>
        <Form.Item name="kind" label="规则类型" rules={[{ required: true }]}>
          <Select options={KIND_OPTIONS} />
        </Form.Item>
        {kind === 'ANNUAL' ? (
          <Form.Item name="month" label="月份" rules={[{ required: true, message: '请填写月份' }]}>
            <InputNumber style={{ width: 200 }} min={1} max={12} suffix="月" />
          </Form.Item>
        ) : null}
        {kind === 'MONTHLY' || kind === 'QUARTERLY' || kind === 'ANNUAL' ? (
          <Form.Item name="day" label="日期" rules={[{ required: true, message: '请填写日期' }]}>
            <InputNumber style={{ width: 200 }} min={1} max={31} suffix="日前" />
          </Form.Item>
        ) : null}
        {kind === 'FIXED' ? (
          <Form.Item name="date" label="截止日期" rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式为 YYYY-MM-DD' }]}>
            <Input placeholder="2023-08-31" />
          </Form.Item>
        ) : null}
        {kind === 'WORKING_DAYS_AFTER_EVENT' ? (
          <>
            <Form.Item name="event" label="事项" rules={[{ required: true, message: '请填写事项' }]}>
              <Input placeholder="作出行政许可、行政处罚决定" />
            </Form.Item>
            <Form.Item name="days" label="工作日数" rules={[{ required: true, message: '请填写工作日数' }]}>
              <InputNumber style={{ width: 200 }} min={1} max={365} suffix="个工作日内" />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="year" label="年度" rules={[{ required: true }]}>
          <InputNumber style={{ width: 200 }} min={2000} max={2100} suffix="年" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          计算截止日期
        </Button>
      </Form>
      {error ? <div style={{ marginTop: 16 }}><QueryError error={error} /></div> : null}
      {data ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {asked}
          </Typography.Title>
          <Table
            rowKey={(row) => `${row.periodKind}-${row.index}`}
            size="small"
            pagination={false}
            dataSource={data.dueDatePreview}
            columns={[
              { title: '期次', dataIndex: 'label' },
              { title: '类型', key: 'kind', render: (_, row) => PERIOD_KIND_LABELS[row.periodKind as keyof typeof PERIOD_KIND_LABELS] ?? row.periodKind },
              { title: '截止日期', key: 'due', render: (_, row) => row.dueDate ?? '无截止日期' },
            ]}
            data-testid="due-preview"
          />
        </>
      ) : null}
    </Drawer>
  );
}
