import { useMutation } from '@apollo/client/react';
import { describeError } from '@govtrust/ui';
import { Alert, App, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { PUBLISH_PERIOD_RESULTS } from '../graphql/mutations/publishPeriodResultsMutation';

export interface PublishResultsModalProps {
  open: boolean;
  periodId: string;
  periodLabel: string;
  /**
   * units of the kind on screen whose results are still 暂定 (counted by the API over all of
   * them); the API counts every kind on publishing and refuses with PROVISIONAL_RESULTS otherwise
   */
  provisionalCount: number;
  /** revisions already published; the next one supersedes the latest */
  publishedRevisions: number;
  onClose: () => void;
  onPublished: () => void;
}

interface Values {
  force: boolean;
  reason?: string;
}

/**
 * 发布本期结果: an immutable snapshot units and leaders then see. Provisional cards are only
 * published with 强制发布 and a reason, which the API records with the snapshot.
 */
export function PublishResultsModal({ open, periodId, periodLabel, provisionalCount, publishedRevisions, onClose, onPublished }: PublishResultsModalProps) {
  const provisionalShown = provisionalCount > 0;
  const [form] = Form.useForm<Values>();
  const [publish, { loading }] = useMutation(PUBLISH_PERIOD_RESULTS);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { message } = App.useApp();
  const force = Form.useWatch('force', form) ?? false;

  const submit = async () => {
    const values = await form.validateFields();
    try {
      const { data } = await publish({ variables: { input: { periodId, force: values.force, reason: values.reason?.trim() || null } } });
      void message.success(`${periodLabel}结果已发布（第${data?.publishPeriodResults.revision ?? ''}版）`);
      onPublished();
      onClose();
    } catch (error) {
      const described = describeError(error);
      if (described.code === 'PROVISIONAL_RESULTS') form.setFieldValue('force', true);
      setRefusal(described.message);
    }
  };

  return (
    <Modal
      open={open}
      title={`发布本期结果 · ${periodLabel}`}
      okText={force ? '强制发布' : '确认发布'}
      okButtonProps={{ danger: force }}
      cancelText="取消"
      confirmLoading={loading}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        setRefusal(null);
      }}
    >
      <Typography.Paragraph>
        发布后生成不可修改的结果快照，单位和领导将看到本次发布的得分、名次和等级。
        {publishedRevisions > 0 ? `本期已发布 ${publishedRevisions} 次，本次将作为第 ${publishedRevisions + 1} 版替代此前结果。` : null}
      </Typography.Paragraph>
      {provisionalShown ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`当前类别有 ${provisionalCount} 个单位的结果仍为暂定（数据未全部审核通过），需强制发布并写明原因。`} />
      ) : null}
      {refusal ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={refusal} /> : null}
      <Form form={form} layout="vertical" initialValues={{ force: provisionalShown }}>
        <Form.Item name="force" valuePropName="checked">
          <Checkbox>存在暂定结果时仍然发布（强制发布）</Checkbox>
        </Form.Item>
        <Form.Item
          name="reason"
          label={force ? '强制发布原因' : '发布说明（选填）'}
          rules={[
            { required: force, whitespace: true, message: '请填写强制发布原因' },
            { max: 500, message: '不能超过500字' },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={500} aria-label={force ? '强制发布原因' : '发布说明'} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
