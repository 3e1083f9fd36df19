import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { UnitKind } from './unit-kind';

@ObjectType({ description: '单位联系人' })
export class UnitContact {
  @Field(() => String)
  name: string;

  @Field(() => String)
  phone: string;

  @Field(() => String, { nullable: true, description: '如：填报人、分管领导' })
  role?: string;
}

@ObjectType({ description: '单位（评价对象）' })
@Entity('unit')
export class Unit extends BaseEntity {
  @Field(() => String, { description: '单位编码，如 GH-FGW' })
  @Index('uq_unit_code', { unique: true })
  @Column('varchar', { length: 64 })
  code: string;

  @Field(() => String)
  @Column('varchar', { length: 200 })
  name: string;

  @Field(() => UnitKind)
  @Column('varchar', { length: 32 })
  kind: UnitKind;

  @Field(() => ID, { nullable: true })
  @Index('ix_unit_parent')
  @Column('varchar', { length: 36, nullable: true })
  parentId: string | null;

  @Field(() => [String], { description: '单位分类标签，如 A类部门' })
  @Column('simple-json')
  classes: string[];

  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  @Column('varchar', { length: 18, nullable: true })
  uscc: string | null;

  @Field(() => [UnitContact])
  @Column('simple-json')
  contacts: UnitContact[];

  @Field(() => Date, { nullable: true, description: '归档时间；归档的单位不再参与评价' })
  @Column('datetime', { precision: 3, nullable: true })
  archivedAt: Date | null;
}
