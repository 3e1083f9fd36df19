import { Action, can, capabilities } from './permissions';
import { requireRole, requireUnitScope } from './guards';
import { Role } from './roles';

describe('permission table', () => {
  it('gives account management to the admin only', () => {
    const managers = Object.values(Role).filter((role) => can({ role }, Action.ACCOUNT_MANAGE));
    expect(managers).toEqual([Role.ADMIN]);
  });

  it('keeps configuration away from evaluators, leaders and unit users', () => {
    for (const role of [Role.EVALUATOR, Role.LEADER, Role.UNIT_SUBMITTER, Role.UNIT_APPROVER]) {
      expect(can({ role }, Action.CONFIG_MANAGE)).toBe(false);
      expect(can({ role }, Action.UNIT_MANAGE)).toBe(false);
    }
    expect(can({ role: Role.CREDIT_OFFICE }, Action.CONFIG_MANAGE)).toBe(true);
  });

  it('lets only the approver sign off and leaves leaders read-only', () => {
    expect(can({ role: Role.UNIT_APPROVER }, Action.SUBMISSION_APPROVE)).toBe(true);
    expect(can({ role: Role.UNIT_SUBMITTER }, Action.SUBMISSION_APPROVE)).toBe(false);
    expect([...capabilities(Role.LEADER)].sort()).toEqual(
      [Action.SCORE_READ, Action.SUBMISSION_READ_ALL, Action.UNIT_READ_ALL].sort(),
    );
    expect(can(null, Action.SCORE_READ)).toBe(false);
  });
});

describe('requireUnitScope', () => {
  const user = (role: Role, unitId: string | null) => ({
    user: { id: 'a', username: 'u', displayName: 'u', role, unitId, mustChangePassword: false, sessionId: 's' },
  });

  it('binds unit users to the unit on their account', () => {
    expect(() => requireUnitScope(user(Role.UNIT_SUBMITTER, 'u1'), 'u1')).not.toThrow();
    expect(() => requireUnitScope(user(Role.UNIT_SUBMITTER, 'u1'), 'u2')).toThrow('只能访问本单位的数据');
  });

  it('requireRole checks the role and a pending password change', () => {
    expect(requireRole(user(Role.ADMIN, null), Role.ADMIN, Role.CREDIT_OFFICE).role).toBe(Role.ADMIN);
    expect(() => requireRole(user(Role.LEADER, null), Role.ADMIN)).toThrow('没有权限执行此操作');
    const pending = { user: { ...user(Role.ADMIN, null).user, mustChangePassword: true } };
    expect(() => requireRole(pending, Role.ADMIN)).toThrow('请先修改初始密码');
  });

  it('lets other roles through only with the wide action', () => {
    expect(() => requireUnitScope(user(Role.LEADER, null), 'u2', Action.UNIT_READ_ALL)).not.toThrow();
    expect(() => requireUnitScope(user(Role.LEADER, null), 'u2', Action.UNIT_MANAGE)).toThrow();
    expect(() => requireUnitScope({ user: null }, 'u1')).toThrow('请先登录');
  });
});
