/**
 * Exact arithmetic on the engine's decimal-string points, enough to say how many points a node
 * lost (max − points) without a binary float ever printing 0.30000000000000004.
 */
const SCALE = 6;

function toScaled(value: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return 0n;
  const [, sign, whole, fraction = ''] = match;
  const scaled = BigInt(`${whole}${fraction.padEnd(SCALE, '0').slice(0, SCALE)}`);
  return sign === '-' ? -scaled : scaled;
}

function fromScaled(value: bigint): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(SCALE + 1, '0');
  const whole = digits.slice(0, -SCALE);
  const fraction = digits.slice(-SCALE).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** max − points as a trimmed decimal string ("1.5"), "0" when nothing was lost. */
export function pointsLost(maxPoints: string, points: string): string {
  return fromScaled(toScaled(maxPoints) - toScaled(points));
}

export function hasLostPoints(maxPoints: string, points: string): boolean {
  return toScaled(maxPoints) - toScaled(points) > 0n;
}

/** "4.50" → "4.5", "5.00" → "5" for display next to 分. */
export function trimPoints(points: string): string {
  return fromScaled(toScaled(points));
}
