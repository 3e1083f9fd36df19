import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Popconfirm, Radio, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CalendarOverridesQuery } from '../../../generated/graphql';
import { QueryError } from '../../common/components/QueryError';
import { useShowError } from '../../common/hooks/useShowError';
import { formatDateTime } from '../../common/utils/format';
import { CYCLES } from '../graphql/queries/cyclesQuery';
import { CALENDAR_OVERRIDES } from '../graphql/queries/calendarOverridesQuery';
import { REMOVE_CALENDAR_OVERRIDE } from '../graphql/mutations/removeCalendarOverrideMutation';
import { SET_CALENDAR_OVERRIDE } from '../graphql/mutations/setCalendarOverrideMutation';

type Override = CalendarOverridesQuery['calendarOverrides'][number];

interface OverrideValues {
  date: Dayjs;
  isWorkday: boolean;
  reason: string;
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** 工作日历调整: days the official calendar does not know (调休, local holidays); due dates follow. */
export function CalendarOverridePanel({ defaultYear }: { defaultYear: number }) {
  const [year, setYear] = useState(defaultYear);
  const { data, loading, error, refetch } = useQuery(CALENDAR_OVERRIDES, { variables: { year } });
  const refetchQueries = [CALENDAR_OVERRIDES, CYCLES];
  const [setOverride, setting] = useMutation(SET_CALENDAR_OVERRIDE, { refetchQueries });
  const [removeOverride] = useMutation(REMOVE_CALENDAR_OVERRIDE, { refetchQueries });
  const [form] = Form.useForm<OverrideValues>();
  const { message } = App.useApp();
  const showError = useShowError();

  const submit = async (values: OverrideValues) => {
    try {
      await setOverride({ variables: { input: { date: values.date.format('YYYY-MM-DD'), isWorkday: values.isWorkday, reason: values.reason.trim() } } });
      void message.success('已保存，未关闭期次的截止日期已按新日历重算');
      form.resetFields();
    } catch (e) {
      showError(e);
    }
  };

  const columns: ColumnsType<Override> = [
    { title: '日期', key: 'date', width: 160, render: (_, o) => `${o.date}（${WEEKDAYS[new Date(`${o.date}T00:00:00`).getDay()]}）` },
    { title: '调整为', key: 'isWorkday', width: 100, render: (_, o) => (o.isWorkday ? <Tag color="blue">工作日</Tag> : <Tag color="green">休息日</Tag>) },
    { title: '原因', dataIndex: 'reason', ellipsis: true },
    { title: '修改时间', key: 'updatedAt', width: 160, render: (_, o) => formatDateTime(o.updatedAt) },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, o) => (
        <Popconfirm
          title="删除该调整，恢复法定日历？"
          okText="删除"
          cancelText="取消"
          okButtonProps={{ danger: true }}
          onConfirm={async () => {
            try {
              await removeOverride({ variables: { date: o.date } });
              void message.success('已删除');
            } catch (e) {
              showError(e);
            }
          }}
        >
          <Button type="link" size="small" danger>
            删除
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">截止日期遇休息日顺延。法定节假日和调休已内置；这里登记本地的额外调整，保存后未关闭期次的截止日期随之重算。</Typography.Paragraph>
      <Form form={form} layout="inline" initialValues={{ isWorkday: false }} onFinish={(v) => void submit(v)} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="isWorkday" label="调整为">
          <Radio.Group
            options={[
              { value: false, label: '休息日' },
              { value: true, label: '工作日' },
            ]}
          />
        </Form.Item>
        <Form.Item name="reason" label="原因" rules={[{ required: true, whitespace: true, message: '请填写原因' }]}>
          <Input style={{ width: 260 }} maxLength={200} placeholder="如：市政府通知调休" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={setting.loading}>
            添加调整
          </Button>
        </Form.Item>
      </Form>
      <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text>年度</Typography.Text>
        <InputNumber aria-label="年度" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} suffix="年" style={{ width: 120 }} />
      </Flex>
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      <Table<Override> rowKey="id" size="small" columns={columns} dataSource={data?.calendarOverrides ?? []} loading={loading} pagination={false} locale={{ emptyText: '该年度没有工作日历调整' }} />
    </>
  );
}
