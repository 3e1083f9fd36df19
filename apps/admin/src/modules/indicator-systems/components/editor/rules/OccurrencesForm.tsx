import type { DeductionRule, OccurrenceType, PenaltyRule } from '@govtrust/indicators';
import { Button, Form, Input, Select, Space } from 'antd';
import { DecimalInput } from './DecimalInput';
import { fieldOptions, type RuleFormProps } from './ruleFormProps';

/**
 * 按次扣分（封顶）and 倒扣分: several occurrence types, each a count field with points per
 * occurrence and its own cap (最高减N分); a penalty may go beyond the indicator's points.
 */
export function OccurrencesForm({ rule, onChange, fields }: RuleFormProps<DeductionRule | PenaltyRule>) {
  const set = (index: number, patch: Partial<OccurrenceType>) =>
    onChange({ ...rule, occurrences: rule.occurrences.map((o, i) => (i === index ? { ...o, ...patch } : o)) });
  const verb = rule.kind === 'penalty' ? '倒扣' : '扣';
  return (
    <Form.Item label="情形" required>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {rule.occurrences.map((occurrence, index) => (
          <Space key={index} wrap align="center">
            <Input aria-label={`情形${index + 1}说明`} placeholder="如：被列为失信被执行人" value={occurrence.label} style={{ width: 180 }} onChange={(e) => set(index, { label: e.target.value })} />
            <Select aria-label={`情形${index + 1}填报项`} style={{ width: 200 }} value={occurrence.field || undefined} placeholder="次数填报项" options={fieldOptions(fields, ['count'])} onChange={(field: string) => set(index, { field })} />
            每次{verb}
            <DecimalInput label={`情形${index + 1}每次分值`} value={occurrence.pointsEach} onChange={(pointsEach) => set(index, { pointsEach: pointsEach ?? 0 })} width={64} />
            分，最多
            <DecimalInput allowEmpty label={`情形${index + 1}封顶`} value={occurrence.cap} onChange={(cap) => set(index, { cap: cap ?? undefined })} width={64} />
            分
            <Button type="link" danger size="small" onClick={() => onChange({ ...rule, occurrences: rule.occurrences.filter((_, i) => i !== index) })}>
              删除
            </Button>
          </Space>
        ))}
        <Button size="small" onClick={() => onChange({ ...rule, occurrences: [...rule.occurrences, { field: '', label: '', pointsEach: 1 }] })}>
          添加情形
        </Button>
      </Space>
    </Form.Item>
  );
}
