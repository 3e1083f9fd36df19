import { parseExpression } from '@govtrust/indicators';
import { Input, Typography } from 'antd';
import { useMemo } from 'react';

export interface ExpressionInputProps {
  value: string;
  onChange: (value: string) => void;
  label: string;
  /** field keys the expression may read */
  knownFields: readonly string[];
}

/** The engine's own parser checks the expression as it is typed; its Chinese message shows under the box. */
export function parseProblem(expr: string, knownFields: readonly string[]): string | null {
  if (expr.trim() === '') return '请填写表达式';
  try {
    parseExpression(expr, { knownFields });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function ExpressionInput({ value, onChange, label, knownFields }: ExpressionInputProps) {
  const problem = useMemo(() => parseProblem(value, knownFields), [value, knownFields]);
  return (
    <div>
      <Input
        aria-label={label}
        value={value}
        status={problem ? 'error' : undefined}
        style={{ fontFamily: 'monospace' }}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem ? (
        <Typography.Text type="danger" role="alert" style={{ fontSize: 12 }}>
          {problem}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          可用填报项：{knownFields.length > 0 ? knownFields.join('、') : '（本指标尚无填报项）'}；支持 + - * /、括号、min()、max()、clamp()
        </Typography.Text>
      )}
    </div>
  );
}
