import { Column, Entity, Index } from 'typeorm';
import { AppendOnlyEntity } from '../../database/base.entity';

/** A client-chosen key per actor: a retried mutation with the same key returns the first result. */
@Entity('idempotency_key')
@Index('uq_idempotency_key', ['actorId', 'key'], { unique: true })
export class IdempotencyKey extends AppendOnlyEntity {
  @Column('varchar', { length: 36 })
  actorId: string;

  @Column('varchar', { length: 100 })
  key: string;

  @Column('varchar', { length: 64 })
  operation: string;

  @Column('varchar', { length: 36 })
  resultId: string;
}
