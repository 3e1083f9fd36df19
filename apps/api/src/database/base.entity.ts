import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, PrimaryColumn, VersionColumn } from 'typeorm';

/**
 * id (UUID v4 generated in code, varchar(36), the same on MariaDB and SQLite), timestamps and an
 * optimistic-lock version. Column types are always explicit: tsx (dev, schema emit) has no
 * decorator metadata.
 */
@ObjectType()
export abstract class BaseEntity {
  @Field(() => ID)
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  // plain columns set in code, not DB defaults: MariaDB's CURRENT_TIMESTAMP follows the server's
  // zone, SQLite's is UTC; the application clock is the one source of time for both
  @Field(() => Date)
  @Column('datetime', { precision: 3 })
  createdAt: Date;

  @Field(() => Date)
  @Column('datetime', { precision: 3 })
  updatedAt: Date;

  /** incremented by every update; clients send it back to updates (see updateWithVersion) */
  @Field(() => Int)
  @VersionColumn({ type: 'int' })
  version: number;

  @BeforeInsert()
  protected assignId(): void {
    if (!this.id) this.id = randomUUID();
    const now = new Date();
    this.createdAt ??= now;
    this.updatedAt ??= now;
  }

  @BeforeUpdate()
  protected touch(): void {
    this.updatedAt = new Date();
  }
}

/** For append-only rows (audit, sessions) that need an id and a creation time only. */
@ObjectType()
export abstract class AppendOnlyEntity {
  @Field(() => ID)
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Field(() => Date)
  @Column('datetime', { precision: 3 })
  createdAt: Date;

  @BeforeInsert()
  protected assignId(): void {
    if (!this.id) this.id = randomUUID();
    this.createdAt ??= new Date();
  }
}
