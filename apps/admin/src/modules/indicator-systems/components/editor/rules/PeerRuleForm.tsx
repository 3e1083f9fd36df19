import type { RankRule, RelativeToBestRule } from '@govtrust/indicators';
import { Form, Radio } from 'antd';
import { ExpressionInput } from './ExpressionInput';
import { MetricFields } from './MetricFields';
import type { RuleFormProps } from './ruleFormProps';
import { ZeroDenominatorField } from './ZeroDenominatorField';

/**
 * 与第一名比较 / 依排序计分: both compare a unit with every peer of the period, so both need the
 * metric and which direction is better; ranking may also name when a unit has no events at all.
 */
export function PeerRuleForm({ rule, onChange, knownFields }: RuleFormProps<RelativeToBestRule | RankRule>) {
  return (
    <>
      <MetricFields metric={rule.metric} knownFields={knownFields} onChange={(metric) => onChange({ ...rule, metric })} />
      <Form.Item label="比较方向">
        <Radio.Group
          value={rule.higherIsBetter}
          onChange={(e) => onChange({ ...rule, higherIsBetter: e.target.value as boolean })}
          options={[
            { value: true, label: '越高越好' },
            { value: false, label: '越低越好（如纠错率）' },
          ]}
        />
      </Form.Item>
      {rule.kind === 'rank' ? (
        <Form.Item label="无事项判定" extra="该表达式为0时视为无事项，得满分且不参与排序（可不填）">
          <ExpressionInput
            label="无事项判定"
            value={rule.noEventsWhenZero ?? ''}
            knownFields={knownFields}
            onChange={(expr) => onChange({ ...rule, noEventsWhenZero: expr.trim() === '' ? undefined : expr })}
          />
        </Form.Item>
      ) : null}
      <ZeroDenominatorField value={rule.zeroDenominator} onChange={(zeroDenominator) => onChange({ ...rule, zeroDenominator })} />
    </>
  );
}
