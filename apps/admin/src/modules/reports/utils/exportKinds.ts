import type { ExportJobStatus, ExportKind } from '../../../generated/graphql';

export interface ExportKindInfo {
  kind: ExportKind;
  title: string;
  description: string;
  format: 'XLSX' | 'DOCX';
  /** score exports read 初步结果 or the published snapshot; the others read live data */
  scores: boolean;
}

export const EXPORT_KINDS: ExportKindInfo[] = [
  { kind: 'RANKING', title: '得分排名', description: '各单位总分、名次、等级及较上期变化', format: 'XLSX', scores: true },
  { kind: 'SCORE_MATRIX', title: '指标得分明细', description: '单位 × 指标的得分矩阵，含各指标分值', format: 'XLSX', scores: true },
  { kind: 'COMPLETION', title: '任务完成情况', description: '各单位任务报送、审核状态及报送及时性', format: 'XLSX', scores: false },
  { kind: 'WARNINGS', title: '预警清单', description: '本期预警及确认情况', format: 'XLSX', scores: false },
  { kind: 'REPORT_DOCX', title: '监测评估报告', description: '季度监测报告或年度考核报告（Word）', format: 'DOCX', scores: true },
];

export const EXPORT_KIND_TITLES = Object.fromEntries(EXPORT_KINDS.map((k) => [k.kind, k.title])) as Record<ExportKind, string>;

export const EXPORT_STATUS_LABELS: Record<ExportJobStatus, string> = { QUEUED: '排队中', RUNNING: '正在生成', SUCCEEDED: '已完成', FAILED: '失败' };

export const isFinished = (status: ExportJobStatus | undefined) => status === 'SUCCEEDED' || status === 'FAILED';

/** One key per click: a retried request returns the same job instead of starting a second one. */
export function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
