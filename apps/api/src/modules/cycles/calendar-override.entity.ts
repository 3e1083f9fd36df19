import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';

/** A single day the credit office declares a working day or a day off; it beats the official calendar. */
@ObjectType({ description: '工作日历调整' })
@Entity('calendar_override')
export class CalendarOverride extends BaseEntity {
  @Field(() => String, { description: '日期 YYYY-MM-DD' })
  @Index('uq_calendar_override_date', { unique: true })
  @Column('varchar', { length: 10 })
  date: string;

  @Field(() => Boolean)
  @Column('boolean')
  isWorkday: boolean;

  @Field(() => String)
  @Column('varchar', { length: 200 })
  reason: string;
}
