import { appliesTo, walkNodes, type IndicatorSystem, type InputField, type ScoredUnit } from '@govtrust/indicators';

/**
 * The fields a unit of this kind and class fills in: inputs of nodes that apply to it (a node
 * under a parent that does not apply does not apply either).
 */
export function fieldsForUnit(system: IndicatorSystem, unit: ScoredUnit): InputField[] {
  const excluded = new Set<string>();
  const fields: InputField[] = [];
  const seen = new Set<string>();
  walkNodes(system, ({ node, parent }) => {
    if ((parent && excluded.has(parent.code)) || !appliesTo(node, unit)) {
      excluded.add(node.code);
      return;
    }
    for (const field of node.inputs ?? []) {
      if (!seen.has(field.key)) {
        seen.add(field.key);
        fields.push(field);
      }
    }
  });
  return fields;
}

/** A unit to try the system on when no sample is picked. */
export function blankPreviewUnit(system: IndicatorSystem): ScoredUnit {
  return { id: 'preview', name: '试算单位', kind: system.unitKinds[0] ?? 'DEPARTMENT', classes: [] };
}
