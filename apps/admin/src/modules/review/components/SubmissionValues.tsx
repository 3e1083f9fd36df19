import type { InputField, InputValues } from '@govtrust/indicators';
import { InputFieldsForm } from '@govtrust/ui';
import { Empty } from 'antd';

/** The unit's values in the same form it filled in, read-only. */
export function SubmissionValues({ inputs, values, idPrefix }: { inputs: unknown; values: unknown; idPrefix: string }) {
  const fields = Array.isArray(inputs) ? (inputs as InputField[]) : [];
  if (fields.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该任务无需填写数值，以佐证材料为准" />;
  const value = values && typeof values === 'object' ? (values as InputValues) : {};
  return <InputFieldsForm fields={fields} value={value} onChange={() => undefined} disabled idPrefix={idPrefix} />;
}
