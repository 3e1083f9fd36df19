import { useMutation } from '@apollo/client/react';
import { App, Button, Drawer, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { useEffect } from 'react';
import type { WarningKind, WarningRulesQuery, WarningSeverity } from '../../../generated/graphql';
import { useShowError } from '../../common/hooks/useShowError';
import { fieldErrorsOf } from '../../common/utils/fieldErrors';
import { CREATE_WARNING_RULE } from '../graphql/mutations/createWarningRuleMutation';
import { UPDATE_WARNING_RULE } from '../graphql/mutations/updateWarningRuleMutation';
import { RULE_PARAMETER, SEVERITY_LABELS, WARNING_KIND_LABELS } from '../utils/warningLabels';

export type WarningRule = WarningRulesQuery['warningRules'][number];

interface Values {
  name: string;
  kind: WarningKind;
  severity: WarningSeverity;
  days?: number | null;
  threshold?: string | null;
  indicatorCode?: string | null;
  cycleId?: string | null;
  enabled: boolean;
}

export interface WarningRuleDrawerProps {
  /** a rule to edit, 'new' to create one, null when closed */
  rule: WarningRule | 'new' | null;
  cycles: ReadonlyArray<{ id: string; name: string }>;
  onClose: () => void;
  onSaved: () => void;
}

const FIELDS = ['name', 'kind', 'severity', 'days', 'threshold', 'indicatorCode', 'cycleId'];
const THRESHOLD = /^\d+(\.\d{1,2})?$/;

/** New or edited warning rule; only the parameter its kind reads is asked for. */
export function WarningRuleDrawer({ rule, cycles, onClose, onSaved }: WarningRuleDrawerProps) {
  const [form] = Form.useForm<Values>();
  const [create, { loading: creating }] = useMutation(CREATE_WARNING_RULE);
  const [update, { loading: updating }] = useMutation(UPDATE_WARNING_RULE);
  const showError = useShowError();
  const { message } = App.useApp();
  const editing = rule !== null && rule !== 'new' ? rule : null;
  const kind = Form.useWatch('kind', form);
  const parameter = kind ? RULE_PARAMETER[kind] : null;

  useEffect(() => {
    if (rule === null) return;
    form.resetFields();
    if (editing) form.setFieldsValue({ ...editing, threshold: editing.threshold ?? undefined });
  }, [rule, editing, form]);

  const save = async () => {
    const values = await form.validateFields();
    const param = RULE_PARAMETER[values.kind];
    const days = param === 'days' ? (values.days ?? null) : null;
    const threshold = param === 'threshold' ? (values.threshold?.trim() ?? null) : null;
    const indicatorCode = param === 'indicatorCode' ? (values.indicatorCode?.trim() ?? '') : null;
    try {
      if (editing) {
        await update({
          variables: {
            input: { id: editing.id, version: editing.version, name: values.name.trim(), severity: values.severity, enabled: values.enabled, days, threshold, indicatorCode },
          },
        });
      } else {
        await create({
          variables: {
            input: { name: values.name.trim(), kind: values.kind, severity: values.severity, enabled: values.enabled, cycleId: values.cycleId ?? null, days, threshold, indicatorCode: indicatorCode || null },
          },
        });
      }
      void message.success(editing ? '预警规则已保存' : '预警规则已新建');
      onSaved();
      onClose();
    } catch (error) {
      const fields = fieldErrorsOf(error, FIELDS);
      if (fields.length > 0) form.setFields(fields.map((f) => ({ name: f.name as keyof Values, errors: f.errors })));
      else showError(error);
    }
  };

  return (
    <Drawer
      open={rule !== null}
      onClose={onClose}
      size={480}
      title={editing ? `编辑预警规则 · ${editing.name}` : '新建预警规则'}
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={creating || updating} onClick={() => void save().catch(() => undefined)}>
            保存
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={{ severity: 'MEDIUM', enabled: true }}>
        <Form.Item name="name" label="规则名称" rules={[{ required: true, whitespace: true, message: '请填写规则名称' }, { max: 100, message: '不超过100字' }]}>
          <Input aria-label="规则名称" />
        </Form.Item>
        <Form.Item name="kind" label="预警类型" rules={[{ required: true, message: '请选择预警类型' }]} extra={editing ? '类型创建后不能修改' : undefined}>
          <Select aria-label="预警类型" disabled={Boolean(editing)} options={(Object.keys(WARNING_KIND_LABELS) as WarningKind[]).map((k) => ({ value: k, label: WARNING_KIND_LABELS[k] }))} />
        </Form.Item>
        {parameter === 'days' ? (
          <Form.Item name="days" label={kind === 'DEADLINE_WITHIN' ? '截止前天数' : '退回后天数'} rules={[{ required: true, message: '请填写天数' }]}>
            <InputNumber aria-label="天数" min={1} max={365} precision={0} addonAfter="天" style={{ width: 200 }} />
          </Form.Item>
        ) : null}
        {parameter === 'threshold' ? (
          <Form.Item
            name="threshold"
            label={kind === 'TOTAL_BELOW' ? '分数线（低于即预警）' : '下降分数（超过即预警）'}
            rules={[
              { required: true, whitespace: true, message: '请填写分数阈值' },
              { pattern: THRESHOLD, message: '请填写数字，最多两位小数，如 60 或 10.5' },
            ]}
          >
            <Input aria-label="分数阈值" suffix="分" style={{ width: 200 }} />
          </Form.Item>
        ) : null}
        {parameter === 'indicatorCode' ? (
          <Form.Item name="indicatorCode" label="指标编码" extra="留空表示任一指标得零分都预警">
            <Input aria-label="指标编码" placeholder="如 GH-G-1" style={{ width: 240 }} />
          </Form.Item>
        ) : null}
        <Form.Item name="severity" label="级别">
          <Select aria-label="级别" style={{ width: 200 }} options={(Object.keys(SEVERITY_LABELS) as WarningSeverity[]).map((s) => ({ value: s, label: SEVERITY_LABELS[s] }))} />
        </Form.Item>
        <Form.Item name="cycleId" label="适用考核周期" extra={editing ? '适用周期创建后不能修改' : '不选表示全部周期'}>
          <Select aria-label="适用考核周期" allowClear disabled={Boolean(editing)} placeholder="全部周期" options={cycles.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="enabled" label="启用" valuePropName="checked">
          <Switch aria-label="启用" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
