import { validateValues, type InputField, type InputValue, type InputValues, type ValueProblem } from '@govtrust/indicators';
import { Alert, Form } from 'antd';
import { useMemo, useState } from 'react';
import { FieldControl } from './FieldControl';

export interface InputFieldsFormProps {
  fields: InputField[];
  value: InputValues;
  /** every change, with the engine's problems for the new values (empty when they can be saved) */
  onChange: (values: InputValues, problems: ValueProblem[]) => void;
  /** frozen data (submitted, period locked) */
  disabled?: boolean;
  /** also show 必填 problems of fields not touched yet, e.g. after a submit attempt */
  showAllProblems?: boolean;
  /** prefix of the controls' ids, to keep them unique when two forms share a page */
  idPrefix?: string;
  /** the reviewer's note per field key from the last return, shown beside the field */
  fieldNotes?: Readonly<Record<string, string>>;
  /** fields the unit need not fill (an exemption is claimed for them): 必填 is not enforced */
  exemptKeys?: readonly string[];
}

/** The problems to show now: a field nobody has touched is not yet "missing". */
function visibleProblems(
  problems: ValueProblem[],
  touched: ReadonlySet<string>,
  showAll: boolean,
  exempt: ReadonlySet<string>,
): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    if (problem.code === 'REQUIRED' && exempt.has(problem.field)) continue;
    if (problem.code === 'REQUIRED' && !showAll && !touched.has(problem.field)) continue;
    byField.set(problem.field, [...(byField.get(problem.field) ?? []), problem.message]);
  }
  return byField;
}

/**
 * THE form generator: renders the fields of an indicator system or a task and validates with the
 * engine's `validateValues` on every keystroke, so the messages are exactly the API's.
 */
export function InputFieldsForm({
  fields,
  value,
  onChange,
  disabled = false,
  showAllProblems = false,
  idPrefix = 'field',
  fieldNotes,
  exemptKeys,
}: InputFieldsFormProps) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const problems = useMemo(() => validateValues(fields, value), [fields, value]);
  const exempt = useMemo(() => new Set(exemptKeys ?? []), [exemptKeys]);
  const shown = visibleProblems(problems, touched, showAllProblems, exempt);

  const change = (key: string, fieldValue: InputValue) => {
    const next = { ...value, [key]: fieldValue };
    if (!touched.has(key)) setTouched(new Set(touched).add(key));
    onChange(next, validateValues(fields, next));
  };

  return (
    <Form layout="vertical" disabled={disabled} component="div">
      {fields.map((field) => {
        const id = `${idPrefix}-${field.key}`;
        const messages = shown.get(field.key);
        const note = fieldNotes?.[field.key];
        return (
          <Form.Item
            key={field.key}
            label={field.label}
            htmlFor={id}
            required={field.required !== false && !exempt.has(field.key)}
            extra={
              note ? (
                <>
                  {field.help}
                  <Alert
                    type="warning"
                    showIcon
                    style={{ marginTop: 6 }}
                    title={`审核意见：${note}`}
                    data-testid={`field-note-${field.key}`}
                  />
                </>
              ) : (
                field.help
              )
            }
            validateStatus={messages ? 'error' : undefined}
            help={messages ? messages.join('；') : undefined}
          >
            <FieldControl field={field} id={id} value={value[field.key]} disabled={disabled} onChange={(v) => change(field.key, v)} />
          </Form.Item>
        );
      })}
    </Form>
  );
}
