import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { DataSource } from 'typeorm';
import { Role } from '../../src/common/auth/roles';
import { Account } from '../../src/modules/accounts/account.entity';
import { Unit } from '../../src/modules/units/unit.entity';
import { UnitKind } from '../../src/modules/units/unit-kind';

export const TEST_PASSWORD = 'Passw0rd!test';
const testHash = bcrypt.hashSync(TEST_PASSWORD, 4);

function suffix(): string {
  return randomBytes(4).toString('hex');
}

/** Inserts a unit directly (no API, no audit) for test set-up. */
export async function createUnitFixture(
  dataSource: DataSource,
  values: Partial<Pick<Unit, 'code' | 'name' | 'kind' | 'parentId' | 'classes' | 'uscc'>> = {},
): Promise<Unit> {
  const repo = dataSource.getRepository(Unit);
  const code = values.code ?? `T-${suffix()}`;
  return repo.save(
    repo.create({
      code,
      name: values.name ?? `测试单位${code}`,
      kind: values.kind ?? UnitKind.DEPARTMENT,
      parentId: values.parentId ?? null,
      classes: values.classes ?? [],
      uscc: values.uscc ?? null,
      contacts: [],
      archivedAt: null,
    }),
  );
}

/** Inserts an account directly, password TEST_PASSWORD unless given. */
export async function createAccountFixture(
  dataSource: DataSource,
  values: { role: Role; unitId?: string | null; username?: string; password?: string; mustChangePassword?: boolean },
): Promise<Account> {
  const repo = dataSource.getRepository(Account);
  return repo.save(
    repo.create({
      username: values.username ?? `${values.role.toLowerCase()}.${suffix()}`,
      displayName: `测试${values.role}`,
      role: values.role,
      unitId: values.unitId ?? null,
      passwordHash: values.password ? bcrypt.hashSync(values.password, 4) : testHash,
      active: true,
      failedLogins: 0,
      lockedUntil: null,
      mustChangePassword: values.mustChangePassword ?? false,
      lastLoginAt: null,
    }),
  );
}

export { Role, UnitKind };
