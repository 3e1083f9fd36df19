import type { InputField, InputValues } from '@govtrust/indicators';
import { InputFieldsForm } from '@govtrust/ui';
import { Empty } from 'antd';

export interface SubmissionValuesProps {
  inputs: unknown;
  values: unknown;
  idPrefix: string;
  /** notes of the last return, beside their fields */
  fieldNotes?: Readonly<Record<string, string>>;
  /** fields under a claimed exemption: not required */
  exemptKeys?: readonly string[];
}

/** The unit's values in the same form it filled in, read-only. */
export function SubmissionValues({ inputs, values, idPrefix, fieldNotes, exemptKeys }: SubmissionValuesProps) {
  const fields = Array.isArray(inputs) ? (inputs as InputField[]) : [];
  if (fields.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该任务无需填写数值，以佐证材料为准" />;
  const value = values && typeof values === 'object' ? (values as InputValues) : {};
  return (
    <InputFieldsForm
      fields={fields}
      value={value}
      onChange={() => undefined}
      disabled
      idPrefix={idPrefix}
      fieldNotes={fieldNotes}
      exemptKeys={exemptKeys}
    />
  );
}
