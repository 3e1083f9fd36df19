import { validateSystem, walkNodes, type IndicatorSystem, type SystemProblem } from '@govtrust/indicators';
import { PERIOD_KIND_LABELS, unitKindsText } from './labels';

export interface SystemSummary {
  id: string;
  name: string;
  version: number;
  /** 文件标题 + 文号 + 附件 */
  sourceText: string;
  unitKindsText: string;
  periodKindText: string;
  totalPoints: string;
  indicatorCount: number;
  errorCount: number;
  warningCount: number;
}

export function sourceDocumentText(source: IndicatorSystem['source']): string {
  return [source.title, source.docNumber, source.annex].filter(Boolean).join(' · ');
}

export function summarizeSystem(system: IndicatorSystem, problems: SystemProblem[] = validateSystem(system)): SystemSummary {
  let indicatorCount = 0;
  walkNodes(system, ({ node }) => {
    if (!node.children || node.children.length === 0) indicatorCount += 1;
  });
  return {
    id: system.id,
    name: system.name,
    version: system.version,
    sourceText: sourceDocumentText(system.source),
    unitKindsText: unitKindsText(system.unitKinds),
    periodKindText: PERIOD_KIND_LABELS[system.periodKind],
    totalPoints: String(system.totalPoints),
    indicatorCount,
    errorCount: problems.filter((p) => p.severity === 'ERROR').length,
    warningCount: problems.filter((p) => p.severity === 'WARNING').length,
  };
}
