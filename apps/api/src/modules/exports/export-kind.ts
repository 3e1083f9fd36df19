import { registerEnumType } from 'type-graphql';

/** The exports a user can ask for: four workbooks and the Word report. */
export enum ExportKind {
  COMPLETION = 'COMPLETION',
  WARNINGS = 'WARNINGS',
  RANKING = 'RANKING',
  SCORE_MATRIX = 'SCORE_MATRIX',
  REPORT_DOCX = 'REPORT_DOCX',
}

/** Kinds whose figures come from scores: `provisional` picks the current computation over the publication. */
export const SCORE_EXPORT_KINDS: ReadonlySet<ExportKind> = new Set([ExportKind.RANKING, ExportKind.SCORE_MATRIX, ExportKind.REPORT_DOCX]);

registerEnumType(ExportKind, {
  name: 'ExportKind',
  description: '导出内容',
  valuesConfig: {
    COMPLETION: { description: '任务完成情况及报送及时性（Excel）' },
    WARNINGS: { description: '预警清单（Excel）' },
    RANKING: { description: '得分排名（Excel）' },
    SCORE_MATRIX: { description: '各单位指标得分明细（Excel）' },
    REPORT_DOCX: { description: '监测/考核报告（Word）' },
  },
});
