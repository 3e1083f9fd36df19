import type { InputField, Rule } from '@govtrust/indicators';

/** Every rule kind's form edits one rule and hands back the whole new rule. */
export interface RuleFormProps<R extends Rule> {
  rule: R;
  onChange: (rule: R) => void;
  /** keys of every input field in the system (expressions may read any of them) */
  knownFields: readonly string[];
  /** the system's fields by key, for field pickers */
  fields: readonly InputField[];
}

/** Field picker options for the given field types. */
export function fieldOptions(fields: readonly InputField[], types: ReadonlyArray<InputField['type']>) {
  return fields.filter((f) => types.includes(f.type)).map((f) => ({ value: f.key, label: `${f.label}（${f.key}）` }));
}
