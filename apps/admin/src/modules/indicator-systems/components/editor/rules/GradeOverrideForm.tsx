import type { Grade, GradeOverrideRule } from '@govtrust/indicators';
import { Form, Input, Select } from 'antd';
import { ExpressionInput } from './ExpressionInput';
import type { RuleFormProps } from './ruleFormProps';

const GRADE_OPTIONS: Array<{ value: Grade; label: string }> = [
  { value: 'YELLOW', label: '黄名单' },
  { value: 'BLUE', label: '蓝名单' },
  { value: 'RED', label: '红名单' },
];

/** 严重的直接列入黄名单: when the condition holds the grade is forced, whatever the score. */
export function GradeOverrideForm({ rule, onChange, knownFields }: RuleFormProps<GradeOverrideRule>) {
  return (
    <>
      <Form.Item label="触发条件" required extra="表达式不为0（为真）时直接定级，如 serious_cases > 0">
        <ExpressionInput label="触发条件" value={rule.when} knownFields={knownFields} onChange={(when) => onChange({ ...rule, when })} />
      </Form.Item>
      <Form.Item label="直接列入" required>
        <Select aria-label="直接列入" value={rule.grade} options={GRADE_OPTIONS} onChange={(grade: Grade) => onChange({ ...rule, grade })} />
      </Form.Item>
      <Form.Item label="定级原因" required>
        <Input aria-label="定级原因" value={rule.reason} onChange={(e) => onChange({ ...rule, reason: e.target.value })} />
      </Form.Item>
    </>
  );
}
