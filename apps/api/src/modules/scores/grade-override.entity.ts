import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { ScoreGrade } from './dto/score.types';

/**
 * The credit office's manual grade for one unit in one period (严重的直接列入黄名单), applied as the
 * engine's gradeOverride on every recompute. Clearing sets `grade` to null (the row and its
 * version stay, so a later override is still version-checked).
 */
@ObjectType({ description: '等级调整（信用办人工定级）' })
@Entity('grade_override')
@Index('uq_grade_override', ['periodId', 'unitId'], { unique: true })
export class GradeOverride extends BaseEntity {
  @Field(() => ID)
  @Column('varchar', { length: 36 })
  periodId: string;

  @Field(() => ID)
  @Column('varchar', { length: 36 })
  unitId: string;

  @Field(() => ScoreGrade, { nullable: true, description: '为空表示已取消调整' })
  @Column('varchar', { length: 16, nullable: true })
  grade: ScoreGrade | null;

  @Field(() => String)
  @Column('varchar', { length: 1000 })
  reason: string;

  @Field(() => ID)
  @Column('varchar', { length: 36 })
  setBy: string;
}
