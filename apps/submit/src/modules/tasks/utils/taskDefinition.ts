import type { EvidenceRequirement, InputField } from '@govtrust/indicators';
import type { EvidenceKind } from '@govtrust/ui';

/** The task's input fields; the API stores them as the engine's InputField[] JSON. */
export function taskInputFields(inputs: unknown): InputField[] {
  return Array.isArray(inputs) ? (inputs as InputField[]) : [];
}

export function taskEvidenceRequirement(evidence: unknown): EvidenceRequirement | null {
  if (typeof evidence !== 'object' || evidence === null) return null;
  const requirement = evidence as Partial<EvidenceRequirement>;
  if (typeof requirement.description !== 'string') return null;
  return { description: requirement.description, minCount: Number(requirement.minCount ?? 0), kinds: requirement.kinds };
}

/** The uploader's allowed kinds: the task's own list when it has one. */
export function evidenceKinds(requirement: EvidenceRequirement | null): EvidenceKind[] | undefined {
  return requirement?.kinds && requirement.kinds.length > 0 ? requirement.kinds : undefined;
}
