/** Bounds that keep hostile or careless expressions cheap to refuse. */
export const EXPRESSION_LIMITS = {
  maxLength: 2000,
  maxDepth: 32,
  /** significant digits in one number literal */
  maxDigits: 30,
  maxTokens: 1000,
  maxArguments: 50,
} as const;
