import type { RecomputeJobFieldsFragment } from '../../../generated/graphql';

/** The steps the API reports, in its order (RecomputeJob.step indexes them). */
export const RECOMPUTE_STEP_TITLES = ['读取数据', '计分', '写入结果', '预警评估'] as const;

export interface RecomputeStepView {
  /** the step to highlight; past the last once done */
  current: number;
  status: 'wait' | 'process' | 'finish' | 'error';
  caption: string;
}

type Job = Pick<RecomputeJobFieldsFragment, 'status' | 'progress' | 'step' | 'stage' | 'processed' | 'total' | 'cards' | 'provisionalCards' | 'errorMessage'>;

/** How the steps read for a job as last polled. */
export function recomputeStepView(job: Job): RecomputeStepView {
  const units = job.total !== null && job.total !== undefined ? `共 ${job.total} 个单位` : '';
  switch (job.status) {
    case 'QUEUED':
      return { current: 0, status: 'wait', caption: '排队中，等待其他后台任务完成' };
    case 'SUCCEEDED':
      return { current: RECOMPUTE_STEP_TITLES.length, status: 'finish', caption: recomputeSummary(job) };
    case 'FAILED':
      return { current: lastStep(job), status: 'error', caption: `重新计算失败：${job.errorMessage ?? '请稍后重试'}` };
    default: {
      const current = job.step ?? 0;
      const counted = current >= 2 && job.processed !== null && job.processed !== undefined ? `已计分 ${job.processed}/${job.total ?? job.processed} 个单位` : units;
      return { current, status: 'process', caption: [`正在${RECOMPUTE_STEP_TITLES[current] ?? '计算'}`, counted].filter(Boolean).join('，') };
    }
  }
}

/** 已重新计算 N 个单位（其中 M 个为暂定）. */
export function recomputeSummary(job: Pick<Job, 'cards' | 'provisionalCards'>): string {
  const cards = job.cards ?? 0;
  const provisional = job.provisionalCards ?? 0;
  return `已重新计算 ${cards} 个单位${provisional > 0 ? `，其中 ${provisional} 个为暂定` : ''}`;
}

/** Where on the bar each step starts (the API's RECOMPUTE_STEPS). */
const STEP_STARTS = [5, 30, 60, 85];

/** A failed job's stage says 计算失败; its bar still shows the last step it reached, which is marked failed. */
function lastStep(job: Pick<Job, 'progress'>): number {
  const reached = STEP_STARTS.filter((start) => job.progress >= start).length;
  return Math.max(reached - 1, 0);
}
