import type { DecimalLike } from '@govtrust/indicators';
import { Input } from 'antd';
import { toDecimalLike } from '../../../utils/editTree';

export interface DecimalInputProps {
  value: DecimalLike | null | undefined;
  onChange: (value: DecimalLike | null) => void;
  /** accessible name; rule forms have many numbers side by side */
  label: string;
  /** empty means "no value" (an open band edge, no cap) */
  allowEmpty?: boolean;
  placeholder?: string;
  width?: number;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Points, edges and caps are typed as text and kept as written ("0.2" stays exact), so what the
 * credit office types is what the engine computes with; a malformed number is flagged in place.
 */
export function DecimalInput({ value, onChange, label, allowEmpty = false, placeholder, width = 96 }: DecimalInputProps) {
  const text = value === null || value === undefined ? '' : String(value);
  const invalid = text === '' ? !allowEmpty : !NUMBER.test(text.trim());
  return (
    <Input
      aria-label={label}
      value={text}
      status={invalid ? 'error' : undefined}
      title={invalid ? (text === '' ? '请填写数值' : '请填写数字，如 5 或 0.5') : undefined}
      placeholder={placeholder ?? (allowEmpty ? '不限' : undefined)}
      style={{ width }}
      onChange={(event) => {
        const next = event.target.value;
        onChange(next.trim() === '' && allowEmpty ? null : toDecimalLike(next));
      }}
    />
  );
}
