import { IsOptional, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ExportKind } from '../../exports/export-kind';

@InputType({ description: '发起导出' })
export class StartExportInput {
  @Field(() => ExportKind)
  kind: ExportKind;

  @Field(() => ID)
  periodId: string;

  @Field(() => Boolean, { defaultValue: false, description: '初步结果（未发布的当前计算结果），仅用于得分类导出' })
  provisional: boolean;

  @Field(() => String, { nullable: true, description: '客户端生成的幂等键：重试时返回同一个导出任务' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]{8,100}$/, { message: '幂等键须为8–100位字母、数字或 . _ : -' })
  idempotencyKey?: string | null;
}
