import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: '分页信息' })
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field(() => Boolean)
  hasNextPage: boolean;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `@ObjectType() class UnitConnection extends Connection(Unit) {}` */
export function Connection<T extends object>(Node: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionType implements Page<T> {
    @Field(() => [Node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: '符合条件的总条数' })
    totalCount: number;
  }
  return ConnectionType;
}
