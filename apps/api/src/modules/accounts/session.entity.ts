import { Column, Entity, Index } from 'typeorm';
import { AppendOnlyEntity } from '../../database/base.entity';

export enum SessionKind {
  /** interactive login: cookie or bearer, sliding expiry */
  SESSION = 'SESSION',
  /** read-only API token for LEADER report pulls (later issue) */
  API_TOKEN = 'API_TOKEN',
}

/** A login. Only the SHA-256 of the token is stored, so a database leak does not leak sessions. */
@Entity('session')
export class Session extends AppendOnlyEntity {
  @Index('uq_session_token_hash', { unique: true })
  @Column('varchar', { length: 64 })
  tokenHash: string;

  @Index('ix_session_account')
  @Column('varchar', { length: 36 })
  accountId: string;

  @Column('varchar', { length: 16, default: SessionKind.SESSION })
  kind: SessionKind;

  @Column('datetime', { precision: 3 })
  expiresAt: Date;

  @Column('datetime', { precision: 3 })
  lastSeenAt: Date;

  @Column('datetime', { precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column('varchar', { length: 64, nullable: true })
  ip: string | null;

  @Column('varchar', { length: 255, nullable: true })
  userAgent: string | null;
}
