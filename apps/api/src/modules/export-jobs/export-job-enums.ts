import { registerEnumType } from 'type-graphql';

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
