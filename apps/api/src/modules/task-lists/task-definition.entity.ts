import type {
  DataSource as TaskDataSource,
  DeadlineRule,
  EvidenceRequirement,
  InputField,
} from '@govtrust/indicators';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';

/** One duty (工作任务) of a cycle's task list; units get it through TaskAssignment. */
@ObjectType({ description: '工作任务' })
@Entity('task_definition')
@Index('uq_task_definition_code', ['cycleId', 'code'], { unique: true })
export class TaskDefinition extends BaseEntity {
  @Field(() => ID)
  @Index('ix_task_definition_cycle')
  @Column('varchar', { length: 36 })
  cycleId: string;

  @Field(() => String, { description: '任务编码，如 GH-FGW-04' })
  @Column('varchar', { length: 64 })
  code: string;

  @Field(() => String)
  @Column('varchar', { length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 100, nullable: true })
  category: string | null;

  @Field(() => String, { description: '任务原文' })
  @Column('text')
  sourceText: string;

  @Field(() => String, { nullable: true, description: '目标，如 合规率99%以上' })
  @Column('varchar', { length: 500, nullable: true })
  target: string | null;

  @Field(() => GraphQLJSON, { description: '完成时限规则' })
  @Column('simple-json')
  deadline: DeadlineRule;

  @Field(() => String, { nullable: true, description: '完成时限原文' })
  @Column('varchar', { length: 500, nullable: true })
  deadlineText: string | null;

  @Field(() => [String])
  @Column('simple-json')
  indicatorCodes: string[];

  @Field(() => GraphQLJSON, { description: '填报项（InputField[]）' })
  @Column('simple-json')
  inputs: InputField[];

  @Field(() => GraphQLJSON, { nullable: true, description: '佐证材料要求' })
  @Column('simple-json', { nullable: true })
  evidence: EvidenceRequirement | null;

  /** who supplies the data: UNIT_REPORT tasks are filled in by the unit, others by the office or evaluator */
  @Field(() => String, { description: '数据来源：UNIT_REPORT 为单位填报，其他由信用办或第三方录入' })
  @Column('varchar', { length: 32 })
  dataSource: TaskDataSource;
}
