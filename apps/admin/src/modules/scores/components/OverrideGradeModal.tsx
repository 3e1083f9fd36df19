import { GradeTag } from '@govtrust/ui';
import { Alert, Button, Descriptions, Form, Input, Modal, Popconfirm, Radio } from 'antd';
import type { ScoreGrade } from '../../../generated/graphql';
import { useGradeOverrideActions } from '../hooks/useGradeOverrideActions';
import type { RankingRow } from '../utils/rankingRows';
import { GRADE_LABELS, GRADE_ORDER } from '../utils/scoreDistribution';

export interface OverrideGradeModalProps {
  periodId: string;
  row: RankingRow | null;
  onClose: () => void;
  /** after the API accepted a change: the ranking is stale */
  onChanged: () => void;
}

interface Values {
  grade: ScoreGrade;
  reason: string;
}

/** 等级调整: a grade and the reason the office must give; 取消调整 when the office set one. */
export function OverrideGradeModal({ periodId, row, onClose, onChanged }: OverrideGradeModalProps) {
  const [form] = Form.useForm<Values>();
  const { apply, remove, busy } = useGradeOverrideActions(periodId, row?.unitId ?? '', row?.unitName ?? '');
  const manual = row?.gradeOverride?.manual ? row.gradeOverride : null;

  const submit = async () => {
    const values = await form.validateFields();
    if (await apply(values.grade, values.reason.trim())) {
      onChanged();
      onClose();
    }
  };
  const clear = async () => {
    if (await remove()) {
      onChanged();
      onClose();
    }
  };

  return (
    <Modal
      open={row !== null}
      title={`等级调整 · ${row?.unitName ?? ''}`}
      okText="确认调整"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      afterClose={() => form.resetFields()}
      destroyOnHidden
      footer={(buttons) => (
        <>
          {manual ? (
            <Popconfirm title="取消调整后按计分结果定级，确定吗？" okText="取消调整" cancelText="返回" onConfirm={() => void clear()}>
              <Button danger disabled={busy} style={{ float: 'left' }}>
                取消调整
              </Button>
            </Popconfirm>
          ) : null}
          {buttons}
        </>
      )}
    >
      {row ? (
        <>
          <Descriptions
            size="small"
            column={2}
            style={{ marginBottom: 12 }}
            items={[
              { key: 'total', label: '总分', children: `${row.total} / ${row.maxTotal}` },
              { key: 'grade', label: '当前等级', children: <GradeTag grade={row.grade} overrideReason={row.gradeOverride?.reason} /> },
            ]}
          />
          {manual ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`已人工调整，原因：${manual.reason}`} /> : null}
          <Form form={form} layout="vertical" initialValues={{ grade: row.grade ?? undefined }} preserve={false}>
            <Form.Item name="grade" label="调整为" rules={[{ required: true, message: '请选择等级' }]}>
              <Radio.Group optionType="button" buttonStyle="solid" options={GRADE_ORDER.map((g) => ({ value: g, label: GRADE_LABELS[g] }))} />
            </Form.Item>
            <Form.Item
              name="reason"
              label="调整原因"
              extra="原因记入审计日志，并在排名的等级提示中显示。"
              rules={[
                { required: true, whitespace: true, message: '请填写调整原因' },
                { max: 500, message: '调整原因不能超过500字' },
              ]}
            >
              <Input.TextArea rows={4} showCount maxLength={500} aria-label="调整原因" placeholder="如：经复核，该单位存在严重失信行为，直接列入黄名单" />
            </Form.Item>
          </Form>
        </>
      ) : null}
    </Modal>
  );
}
