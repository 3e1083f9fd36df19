import type { DeductUntilZeroRule } from '@govtrust/indicators';
import { Form, Input, Select } from 'antd';
import { DecimalInput } from './DecimalInput';
import { fieldOptions, type RuleFormProps } from './ruleFormProps';

/** 出现一次不合规扣0.5分，扣完为止. */
export function DeductUntilZeroForm({ rule, onChange, fields }: RuleFormProps<DeductUntilZeroRule>) {
  return (
    <>
      <Form.Item label="情形说明" required>
        <Input aria-label="情形说明" value={rule.label} onChange={(e) => onChange({ ...rule, label: e.target.value })} />
      </Form.Item>
      <Form.Item label="次数填报项" required>
        <Select aria-label="次数填报项" value={rule.field || undefined} options={fieldOptions(fields, ['count'])} onChange={(field: string) => onChange({ ...rule, field })} />
      </Form.Item>
      <Form.Item label="每次扣分" required extra="扣完为止，不低于0分">
        <DecimalInput label="每次扣分" value={rule.pointsEach} onChange={(pointsEach) => onChange({ ...rule, pointsEach: pointsEach ?? 0 })} />
      </Form.Item>
    </>
  );
}
