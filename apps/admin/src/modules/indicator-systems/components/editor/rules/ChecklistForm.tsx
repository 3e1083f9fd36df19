import type { ChecklistRule } from '@govtrust/indicators';
import { Form, Select } from 'antd';
import { DecimalInput } from './DecimalInput';
import { OptionPointsTable } from './OptionPointsTable';
import { fieldOptions, type RuleFormProps } from './ruleFormProps';

/** 每项制度得1分，最高得5分 / 公示权责清单得2分: points per ticked option, or per option. */
export function ChecklistForm({ rule, onChange, fields }: RuleFormProps<ChecklistRule>) {
  const field = fields.find((f) => f.key === rule.field);
  return (
    <>
      <Form.Item label="清单填报项" required>
        <Select aria-label="清单填报项" value={rule.field || undefined} options={fieldOptions(fields, ['checklist', 'boolean'])} onChange={(key: string) => onChange({ ...rule, field: key })} />
      </Form.Item>
      <Form.Item label="每项得分" extra="各选项分值不同时在下方逐项填写">
        <DecimalInput allowEmpty label="每项得分" value={rule.pointsEach} onChange={(pointsEach) => onChange({ ...rule, pointsEach: pointsEach ?? undefined })} />
      </Form.Item>
      {field?.type === 'checklist' ? (
        <Form.Item label="逐项分值">
          <OptionPointsTable
            allowEmpty
            field={field}
            value={rule.optionPoints}
            onChange={(optionPoints) => onChange({ ...rule, optionPoints: Object.keys(optionPoints).length > 0 ? optionPoints : undefined })}
          />
        </Form.Item>
      ) : null}
      <Form.Item label="封顶">
        <DecimalInput allowEmpty label="封顶" value={rule.cap} onChange={(cap) => onChange({ ...rule, cap: cap ?? undefined })} />
      </Form.Item>
    </>
  );
}
