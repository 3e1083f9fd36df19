import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { ExportKind } from '../exports/export-kind';
import { ExportJobStatus, type JobKind } from './export-job-enums';

/**
 * An export produced in the background: its progress while it runs, then its file (kept 24 hours)
 * or the error that stopped it. A client's idempotency key returns the job it first started.
 * A recompute of a period's scores is a row here too (kind RECOMPUTE), read through RecomputeJob.
 */
@ObjectType({ description: '导出任务' })
@Entity('export_job')
@Index('uq_export_job_idempotency', ['createdById', 'idempotencyKey'], { unique: true })
export class ExportJob extends BaseEntity {
  /** an ExportKind for every row an export query returns; RECOMPUTE rows are read as RecomputeJob */
  @Field(() => ExportKind)
  @Column('varchar', { length: 32 })
  kind: JobKind;

  @Field(() => ID)
  @Index()
  @Column('varchar', { length: 36 })
  periodId: string;

  @Field(() => Boolean)
  @Column('boolean')
  provisional: boolean;

  @Field(() => ExportJobStatus)
  @Column('varchar', { length: 32 })
  status: ExportJobStatus;

  @Field(() => Int, { description: '进度（0–100）' })
  @Column('int')
  progress: number;

  @Field(() => String, { nullable: true, description: '当前步骤，如“正在汇总得分”' })
  @Column('varchar', { length: 64, nullable: true })
  stage: string | null;

  /** units scored so far and in all, once known (recompute) */
  @Column('int', { nullable: true })
  processed: number | null;

  @Column('int', { nullable: true })
  total: number | null;

  /** what a finished recompute produced: { computationId, cards, provisional } */
  @Column('simple-json', { nullable: true })
  outcome: { computationId: string | null; cards: number; provisional: number } | null;

  @Field(() => String, { nullable: true, description: '下载时的文件名' })
  @Column('varchar', { length: 255, nullable: true })
  fileName: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 64, nullable: true })
  errorCode: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 500, nullable: true })
  errorMessage: string | null;

  @Field(() => Date, { nullable: true })
  @Column('datetime', { precision: 3, nullable: true })
  finishedAt: Date | null;

  @Index()
  @Column('varchar', { length: 36 })
  createdById: string;

  /** whoever holds the same role may read the job too: they could have started it themselves */
  @Column('varchar', { length: 32 })
  createdByRole: string;

  @Column('varchar', { length: 100, nullable: true })
  idempotencyKey: string | null;

  @Field(() => String, { nullable: true, description: '下载地址（相对路径），完成后才有' })
  get downloadUrl(): string | null {
    return this.status === ExportJobStatus.SUCCEEDED ? `/files/export-jobs/${this.id}` : null;
  }
}
