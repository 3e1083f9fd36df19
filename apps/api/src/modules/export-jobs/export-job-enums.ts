import { registerEnumType } from 'type-graphql';
import type { ExportKind } from '../exports/export-kind';

/** A recompute runs in the same job table and runner as the exports, under this kind. */
export const RECOMPUTE_KIND = 'RECOMPUTE' as const;
/** What a background job does: produce one export file, or recompute one period's scores. */
export type JobKind = ExportKind | typeof RECOMPUTE_KIND;

/** QUEUED → RUNNING → SUCCEEDED | FAILED; a job never leaves SUCCEEDED or FAILED. */
export enum ExportJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

registerEnumType(ExportJobStatus, {
  name: 'ExportJobStatus',
  description: '导出任务状态',
  valuesConfig: {
    QUEUED: { description: '排队中' },
    RUNNING: { description: '正在生成' },
    SUCCEEDED: { description: '已完成' },
    FAILED: { description: '失败' },
  },
});
