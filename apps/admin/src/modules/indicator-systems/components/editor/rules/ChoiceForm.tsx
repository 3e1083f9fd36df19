import type { ChoiceRule } from '@govtrust/indicators';
import { Form, Select } from 'antd';
import { OptionPointsTable } from './OptionPointsTable';
import { fieldOptions, type RuleFormProps } from './ruleFormProps';

/** A…不得分；B…得2分；C…得4分；D…得6分. */
export function ChoiceForm({ rule, onChange, fields }: RuleFormProps<ChoiceRule>) {
  return (
    <>
      <Form.Item label="单选填报项" required>
        <Select aria-label="单选填报项" value={rule.field || undefined} options={fieldOptions(fields, ['choice'])} onChange={(key: string) => onChange({ ...rule, field: key })} />
      </Form.Item>
      <Form.Item label="各选项得分" required>
        <OptionPointsTable allowEmpty={false} field={fields.find((f) => f.key === rule.field)} value={rule.optionPoints} onChange={(optionPoints) => onChange({ ...rule, optionPoints })} />
      </Form.Item>
    </>
  );
}
