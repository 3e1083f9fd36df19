import type { Metric } from '@govtrust/indicators';
import { Form, Input, Select } from 'antd';
import { ExpressionInput } from './ExpressionInput';

export interface MetricFieldsProps {
  metric: Metric;
  onChange: (metric: Metric) => void;
  knownFields: readonly string[];
}

const SCALE_OPTIONS = [
  { value: 'PERCENT', label: '百分比（95 表示 95%）' },
  { value: 'PERMILLE', label: '千分比' },
  { value: 'PLAIN', label: '原值' },
];

/** The measured value a rule looks at (合规率…): its expression, how it is scaled, its Chinese name. */
export function MetricFields({ metric, onChange, knownFields }: MetricFieldsProps) {
  return (
    <>
      <Form.Item label="考核指标名称" required>
        <Input aria-label="考核指标名称" value={metric.label} onChange={(e) => onChange({ ...metric, label: e.target.value })} />
      </Form.Item>
      <Form.Item label="计算表达式" required>
        <ExpressionInput label="计算表达式" value={metric.expr} knownFields={knownFields} onChange={(expr) => onChange({ ...metric, expr })} />
      </Form.Item>
      <Form.Item label="数值刻度">
        <Select
          aria-label="数值刻度"
          value={metric.scale ?? 'PLAIN'}
          options={SCALE_OPTIONS}
          onChange={(scale) => onChange({ ...metric, scale: scale as Metric['scale'] })}
        />
      </Form.Item>
    </>
  );
}
