import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../common/pagination/connection.type';
import { Unit } from '../unit.entity';
import { UnitKind } from '../unit-kind';

@InputType({ description: '单位联系人' })
export class UnitContactInput {
  @Field(() => String)
  @Length(1, 50, { message: '联系人姓名不能为空且不超过50字' })
  name: string;

  @Field(() => String)
  @Matches(/^[0-9+\-\s()]{5,30}$/, { message: '联系电话格式不正确' })
  phone: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50, { message: '联系人职责不超过50字' })
  role?: string | null;
}

@InputType({ description: '新建单位' })
export class CreateUnitInput {
  @Field(() => String, { description: '单位编码，如 GH-FGW' })
  @Matches(/^[A-Za-z0-9_-]{2,64}$/, { message: '单位编码须为2–64位字母、数字、下划线或连字符' })
  code: string;

  @Field(() => String)
  @Length(1, 200, { message: '单位名称不能为空且不超过200字' })
  name: string;

  @Field(() => UnitKind)
  kind: UnitKind;

  @Field(() => ID, { nullable: true, description: '上级单位' })
  parentId?: string | null;

  @Field(() => [String], { nullable: true, description: '分类标签，如 A类部门' })
  @IsOptional()
  @ArrayMaxSize(20, { message: '分类标签最多20个' })
  classes?: string[] | null;

  @Field(() => String, { nullable: true, description: '统一社会信用代码（18位）' })
  uscc?: string | null;

  @Field(() => [UnitContactInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(20, { message: '联系人最多20个' })
  contacts?: UnitContactInput[] | null;
}

@InputType({ description: '修改单位（须带上读取时的 version）；未给出的字段不变' })
export class UpdateUnitInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: '单位名称不能为空且不超过200字' })
  name?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: '分类标签最多20个' })
  classes?: string[] | null;

  @Field(() => String, { nullable: true, description: '传空字符串清除' })
  uscc?: string | null;

  @Field(() => [UnitContactInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(20, { message: '联系人最多20个' })
  contacts?: UnitContactInput[] | null;
}

@InputType({ description: '单位筛选条件' })
export class UnitFilter {
  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKind | null;

  @Field(() => ID, { nullable: true, description: '只列出该单位的直接下级' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只列出没有上级的根单位（用于逐级展开的树）' })
  rootsOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: '分类标签' })
  unitClass?: string | null;

  @Field(() => String, { nullable: true, description: '按编码或名称模糊查找' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: '包含已归档单位' })
  includeArchived?: boolean | null;
}

@ObjectType()
export class UnitConnection extends Connection(Unit) {}
