import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ExportJobStatus } from '../export-job-enums';
import type { ExportJob } from '../export-job.entity';
import { recomputeStepIndex } from '../recompute-job-steps';

/** A recompute of one period's scores running in the background (a RECOMPUTE row of the job table). */
@ObjectType({ description: '重新计算任务' })
export class RecomputeJob {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  periodId: string;

  @Field(() => ExportJobStatus, { description: '状态（与导出任务相同：排队中、进行中、已完成、失败）' })
  status: ExportJobStatus;

  @Field(() => Int, { description: '进度（0–100）' })
  progress: number;

  @Field(() => String, { nullable: true, description: '当前步骤：读取数据、计分、写入结果、预警评估' })
  stage: string | null;

  @Field(() => Int, { nullable: true, description: '当前步骤序号（0 读取数据 … 3 预警评估），排队、完成或失败时为空' })
  step: number | null;

  @Field(() => Int, { nullable: true, description: '已计分的单位数（已知时）' })
  processed: number | null;

  @Field(() => Int, { nullable: true, description: '参与计分的单位数（读取数据后可知）' })
  total: number | null;

  @Field(() => ID, { nullable: true, description: '完成后：本次计算的编号' })
  computationId: string | null;

  @Field(() => Int, { nullable: true, description: '完成后：当前得分卡数' })
  cards: number | null;

  @Field(() => Int, { nullable: true, description: '完成后：其中初步结果（数据未齐）的得分卡数' })
  provisionalCards: number | null;

  @Field(() => String, { nullable: true })
  errorCode: string | null;

  @Field(() => String, { nullable: true })
  errorMessage: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

export function toRecomputeJob(row: ExportJob): RecomputeJob {
  return Object.assign(new RecomputeJob(), {
    id: row.id,
    periodId: row.periodId,
    status: row.status,
    progress: row.progress,
    stage: row.stage,
    step: row.status === ExportJobStatus.RUNNING ? recomputeStepIndex(row.stage) : null,
    processed: row.processed,
    total: row.total,
    computationId: row.outcome?.computationId ?? null,
    cards: row.outcome?.cards ?? null,
    provisionalCards: row.outcome?.provisional ?? null,
    errorCode: row.errorCode,
    errorMessage: row.errorMessage,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  });
}
