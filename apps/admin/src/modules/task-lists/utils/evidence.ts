/** The task's 佐证材料要求 JSON ({ description, minCount, kinds? }); anything else reads as none. */
export interface EvidenceRequirement {
  description: string;
  minCount: number;
  kinds?: unknown;
}

export function evidenceOf(value: unknown): EvidenceRequirement | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<EvidenceRequirement>;
  return { ...v, description: typeof v.description === 'string' ? v.description : '', minCount: typeof v.minCount === 'number' ? v.minCount : 1 };
}
