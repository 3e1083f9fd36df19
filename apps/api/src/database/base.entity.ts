import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BeforeInsert, Column, CreateDateColumn, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * id (UUID v4 generated in code, varchar(36), the same on MariaDB and SQLite), timestamps and an
 * optimistic-lock version. Column types are always explicit: tsx (dev, schema emit) has no
 * decorator metadata.
 */
@ObjectType({ isAbstract: true })
export abstract class BaseEntity {
  @Field(() => ID)
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'datetime', precision: 3 })
  updatedAt: Date;

  /** incremented by every update; clients send it back to updates (see updateWithVersion) */
  @Field(() => Int)
  @VersionColumn({ type: 'int' })
  version: number;

  @BeforeInsert()
  protected assignId(): void {
    if (!this.id) this.id = randomUUID();
    const now = new Date();
    // set in code so both engines store the same UTC instant with millisecond precision
    this.createdAt ??= now;
    this.updatedAt ??= now;
  }
}

/** For append-only rows (audit, sessions) that need an id and a creation time only. */
@ObjectType({ isAbstract: true })
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
