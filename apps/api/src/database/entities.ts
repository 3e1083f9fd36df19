import { Account } from '../modules/accounts/account.entity';
import { Session } from '../modules/accounts/session.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { Unit } from '../modules/units/unit.entity';

/** Every entity, listed explicitly (no globs: the same list works under tsx, jest and dist). */
export const entities = [Account, Session, Unit, AuditLog];
