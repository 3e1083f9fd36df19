import type { ProportionalRule } from '@govtrust/indicators';
import { Form, Space } from 'antd';
import { DecimalInput } from './DecimalInput';
import { MetricFields } from './MetricFields';
import type { RuleFormProps } from './ruleFormProps';
import { ZeroDenominatorField } from './ZeroDenominatorField';

/** 90%以下不得分，100%得5分，90%-100%之间按比例得分. */
export function ProportionalForm({ rule, onChange, knownFields }: RuleFormProps<ProportionalRule>) {
  return (
    <>
      <MetricFields metric={rule.metric} knownFields={knownFields} onChange={(metric) => onChange({ ...rule, metric })} />
      <Form.Item label="起点" required extra="值不高于起点时得起点分">
        <Space>
          值
          <DecimalInput label="起点值" value={rule.from.value} onChange={(value) => onChange({ ...rule, from: { ...rule.from, value: value ?? 0 } })} />
          得
          <DecimalInput label="起点得分" value={rule.from.points} onChange={(points) => onChange({ ...rule, from: { ...rule.from, points: points ?? 0 } })} />
          分
        </Space>
      </Form.Item>
      <Form.Item label="终点" required extra="值不低于终点时得终点分，之间按比例">
        <Space>
          值
          <DecimalInput label="终点值" value={rule.to.value} onChange={(value) => onChange({ ...rule, to: { ...rule.to, value: value ?? 0 } })} />
          得
          <DecimalInput label="终点得分" value={rule.to.points} onChange={(points) => onChange({ ...rule, to: { ...rule.to, points: points ?? 0 } })} />
          分
        </Space>
      </Form.Item>
      <ZeroDenominatorField value={rule.zeroDenominator} onChange={(zeroDenominator) => onChange({ ...rule, zeroDenominator })} />
    </>
  );
}
