import type { RateField, RateValue } from '@govtrust/indicators';
import { Col, InputNumber, Row, Typography } from 'antd';
import { rateText } from './rateText';

export interface RateInputProps {
  field: RateField;
  id: string;
  value: RateValue | null | undefined;
  onChange: (value: RateValue | null) => void;
  disabled?: boolean;
}

type Part = number | string | null;

function partValue(part: unknown): number | null {
  return typeof part === 'number' ? part : typeof part === 'string' && part !== '' ? Number(part) : null;
}

/** A rate is entered as its two counts; the percentage is computed, never typed. */
export function RateInput({ field, id, value, onChange, disabled }: RateInputProps) {
  const numerator = partValue(value?.numerator);
  const denominator = partValue(value?.denominator);

  const emit = (n: Part, d: Part) => {
    // a half-filled rate is kept (with '' for the empty part) so the engine can say what is missing
    if ((n === null || n === '') && (d === null || d === '')) onChange(null);
    else onChange({ numerator: n ?? '', denominator: d ?? '' });
  };

  const rate = rateText(field.display, numerator, denominator);
  return (
    <>
      <Row gutter={[8, 8]}>
        <Col xs={24} sm={12}>
          <InputNumber<number>
            id={id}
            aria-label={field.numeratorLabel}
            placeholder={field.numeratorLabel}
            prefix={<Typography.Text type="secondary">{field.numeratorLabel}</Typography.Text>}
            style={{ width: '100%' }}
            inputMode="numeric"
            value={numerator}
            disabled={disabled}
            onChange={(n) => emit(n, denominator)}
          />
        </Col>
        <Col xs={24} sm={12}>
          <InputNumber<number>
            aria-label={field.denominatorLabel}
            placeholder={field.denominatorLabel}
            prefix={<Typography.Text type="secondary">{field.denominatorLabel}</Typography.Text>}
            style={{ width: '100%' }}
            inputMode="numeric"
            value={denominator}
            disabled={disabled}
            onChange={(d) => emit(numerator, d)}
          />
        </Col>
      </Row>
      <Typography.Text type="secondary" data-testid={`rate-${field.key}`}>
        {field.label}：{rate ?? '—'}
      </Typography.Text>
    </>
  );
}
