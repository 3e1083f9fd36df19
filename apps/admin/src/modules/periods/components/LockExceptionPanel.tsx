import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { LockExceptionsQuery } from '../../../generated/graphql';
import { QueryError } from '../../common/components/QueryError';
import { useShowError } from '../../common/hooks/useShowError';
import { formatDateTime } from '../../common/utils/format';
import { UnitName } from '../../units/components/UnitName';
import { UnitSelect } from '../../units/components/UnitSelect';
import { GRANT_LOCK_EXCEPTION } from '../graphql/mutations/grantLockExceptionMutation';
import { REVOKE_LOCK_EXCEPTION } from '../graphql/mutations/revokeLockExceptionMutation';
import { LOCK_EXCEPTIONS } from '../graphql/queries/lockExceptionsQuery';

type LockException = LockExceptionsQuery['lockExceptions'][number];

interface GrantValues {
  unitId: string;
  reason: string;
  expiresAt: Dayjs;
}

function exceptionState(e: LockException) {
  if (e.revokedAt) return <Tag>已撤销</Tag>;
  if (dayjs(e.expiresAt).isBefore(dayjs())) return <Tag color="default">已过期</Tag>;
  return <Tag color="success">有效</Tag>;
}

/** 补报许可 of one period: which unit may still write, why, until when; grant and revoke. */
export function LockExceptionPanel({ periodId, periodLabel }: { periodId: string; periodLabel: string }) {
  const { data, loading, error, refetch } = useQuery(LOCK_EXCEPTIONS, { variables: { periodId } });
  const refetchQueries = [LOCK_EXCEPTIONS];
  const [grant, granting] = useMutation(GRANT_LOCK_EXCEPTION, { refetchQueries });
  const [revoke] = useMutation(REVOKE_LOCK_EXCEPTION, { refetchQueries });
  const [form] = Form.useForm<GrantValues>();
  const [asking, setAsking] = useState(false);
  const { message } = App.useApp();
  const showError = useShowError();

  const submit = async () => {
    const values = await form.validateFields();
    try {
      await grant({ variables: { input: { periodId, unitId: values.unitId, reason: values.reason.trim(), expiresAt: values.expiresAt.toISOString() } } });
      void message.success('已批准补报');
      setAsking(false);
      form.resetFields();
    } catch (e) {
      showError(e);
    }
  };

  const columns: ColumnsType<LockException> = [
    { title: '单位', key: 'unit', width: 180, render: (_, e) => <UnitName id={e.unitId} /> },
    { title: '原因', dataIndex: 'reason', ellipsis: true },
    { title: '截止时间', key: 'expiresAt', width: 160, render: (_, e) => formatDateTime(e.expiresAt) },
    { title: '状态', key: 'state', width: 90, render: (_, e) => exceptionState(e) },
    { title: '批准时间', key: 'createdAt', width: 160, render: (_, e) => formatDateTime(e.createdAt) },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, e) =>
        e.revokedAt ? null : (
          <Popconfirm
            title="撤销该补报许可？"
            okText="撤销"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            onConfirm={async () => {
              try {
                await revoke({ variables: { id: e.id } });
                void message.success('已撤销');
              } catch (err) {
                showError(err);
              }
            }}
          >
            <Button type="link" size="small" danger>
              撤销
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">期次关闭或未开放时，经批准的单位可在截止时间前补报“{periodLabel}”的数据。</Typography.Text>
        <Button type="primary" onClick={() => setAsking(true)}>
          批准补报
        </Button>
      </Flex>
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      <Table<LockException> rowKey="id" size="small" columns={columns} dataSource={data?.lockExceptions ?? []} loading={loading} pagination={false} locale={{ emptyText: '本期没有补报许可' }} />
      <Modal title={`批准补报 · ${periodLabel}`} open={asking} okText="批准" cancelText="取消" confirmLoading={granting.loading} onOk={() => void submit().catch(() => undefined)} onCancel={() => setAsking(false)} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ expiresAt: dayjs().add(7, 'day').endOf('day') }}>
          <Form.Item name="unitId" label="单位" rules={[{ required: true, message: '请选择单位' }]}>
            <UnitSelect kind="DEPARTMENT" />
          </Form.Item>
          <Form.Item name="reason" label="原因" rules={[{ required: true, whitespace: true, message: '请填写批准补报的原因' }]}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
          <Form.Item name="expiresAt" label="截止时间" rules={[{ required: true, message: '请选择截止时间' }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isBefore(dayjs(), 'day')} style={{ width: 240 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
