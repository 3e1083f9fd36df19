import type { InputValue, InputValues } from '@govtrust/indicators';

function isEmpty(value: InputValue | undefined): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * The API merges what it receives into the stored entry, and null removes a key: so send every
 * filled value of the form's fields, and null for a stored one the user has cleared. Stored keys
 * the form does not show (no longer monitoring fields) are left alone: the API would refuse them.
 */
export function valuesToSend(stored: InputValues, edited: InputValues, fieldKeys: readonly string[]): InputValues {
  const out: InputValues = {};
  for (const key of fieldKeys) {
    if (!isEmpty(edited[key])) out[key] = edited[key] ?? null;
    else if (key in stored) out[key] = null;
  }
  return out;
}
