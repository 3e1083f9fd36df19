import { registerEnumType } from 'type-graphql';

/** Who a signed-in person is to the product (DOMAIN.md, "Who uses it"). */
export enum Role {
  ADMIN = 'ADMIN',
  CREDIT_OFFICE = 'CREDIT_OFFICE',
  EVALUATOR = 'EVALUATOR',
  UNIT_SUBMITTER = 'UNIT_SUBMITTER',
  UNIT_APPROVER = 'UNIT_APPROVER',
  LEADER = 'LEADER',
}

registerEnumType(Role, {
  name: 'Role',
  description: '角色',
  valuesConfig: {
    ADMIN: { description: '系统管理员' },
    CREDIT_OFFICE: { description: '信用办' },
    EVALUATOR: { description: '第三方监测评估机构' },
    UNIT_SUBMITTER: { description: '单位填报人' },
    UNIT_APPROVER: { description: '单位负责人' },
    LEADER: { description: '领导' },
  },
});

/** Roles whose reach is one unit, always the unit stored on the account. */
export const unitRoles: ReadonlySet<Role> = new Set([Role.UNIT_SUBMITTER, Role.UNIT_APPROVER]);

export function isUnitRole(role: Role): boolean {
  return unitRoles.has(role);
}
