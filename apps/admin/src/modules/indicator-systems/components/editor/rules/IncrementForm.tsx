import type { IncrementItem, IncrementRule } from '@govtrust/indicators';
import { Button, Form, Input, Select, Space } from 'antd';
import { DecimalInput } from './DecimalInput';
import { fieldOptions, type RuleFormProps } from './ruleFormProps';

/** 有1个领域开展相关工作得0.5分，最高得5分: items counted from a count or checklist field. */
export function IncrementForm({ rule, onChange, fields }: RuleFormProps<IncrementRule>) {
  const set = (index: number, patch: Partial<IncrementItem>) =>
    onChange({ ...rule, items: rule.items.map((item, i) => (i === index ? { ...item, ...patch } : item)) });
  return (
    <>
      <Form.Item label="加分项" required>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {rule.items.map((item, index) => (
            <Space key={index} wrap align="center">
              <Input aria-label={`加分项${index + 1}说明`} placeholder="如：开展工作的领域" value={item.label} style={{ width: 160 }} onChange={(e) => set(index, { label: e.target.value })} />
              <Select aria-label={`加分项${index + 1}填报项`} style={{ width: 200 }} value={item.field || undefined} options={fieldOptions(fields, ['count', 'checklist'])} onChange={(field: string) => set(index, { field })} />
              每项得
              <DecimalInput label={`加分项${index + 1}每项分值`} value={item.pointsEach} onChange={(pointsEach) => set(index, { pointsEach: pointsEach ?? 0 })} width={64} />
              分，最高
              <DecimalInput allowEmpty label={`加分项${index + 1}封顶`} value={item.cap} onChange={(cap) => set(index, { cap: cap ?? undefined })} width={64} />
              分
              <Button type="link" danger size="small" onClick={() => onChange({ ...rule, items: rule.items.filter((_, i) => i !== index) })}>
                删除
              </Button>
            </Space>
          ))}
          <Button size="small" onClick={() => onChange({ ...rule, items: [...rule.items, { field: '', label: '', pointsEach: 1 }] })}>
            添加加分项
          </Button>
        </Space>
      </Form.Item>
      <Form.Item label="合计封顶" extra="不填则以本指标分值为上限">
        <DecimalInput allowEmpty label="合计封顶" value={rule.cap} onChange={(cap) => onChange({ ...rule, cap: cap ?? undefined })} />
      </Form.Item>
    </>
  );
}
