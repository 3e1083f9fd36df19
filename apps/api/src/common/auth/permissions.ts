import { registerEnumType } from 'type-graphql';
import { Role } from './roles';

/**
 * What a role may do, as data. Resolvers name an action in `@Authorized(Action.X)`; services call
 * `requireCan`. A new module adds its actions here and grants them in `grants` below.
 */
export enum Action {
  /** list and read accounts */
  ACCOUNT_READ = 'ACCOUNT_READ',
  /** create, update, deactivate accounts and reset passwords */
  ACCOUNT_MANAGE = 'ACCOUNT_MANAGE',
  /** read every unit (unit roles read only their own) */
  UNIT_READ_ALL = 'UNIT_READ_ALL',
  UNIT_MANAGE = 'UNIT_MANAGE',
  AUDIT_READ = 'AUDIT_READ',
  /** indicator systems, cycles/periods, task lists, deadlines */
  CONFIG_MANAGE = 'CONFIG_MANAGE',
  /** fill in and upload evidence for the own unit */
  SUBMISSION_FILL = 'SUBMISSION_FILL',
  /** sign off the own unit's submission */
  SUBMISSION_APPROVE = 'SUBMISSION_APPROVE',
  /** credit office review: approve or return any unit's submission */
  SUBMISSION_REVIEW = 'SUBMISSION_REVIEW',
  /** read any unit's submissions and evidence */
  SUBMISSION_READ_ALL = 'SUBMISSION_READ_ALL',
  /** enter monitoring data no unit reports (big-data monitoring, court records) */
  MONITORING_ENTER = 'MONITORING_ENTER',
  SCORE_COMPUTE = 'SCORE_COMPUTE',
  SCORE_PUBLISH = 'SCORE_PUBLISH',
  /** rankings, score cards, trends, reports */
  SCORE_READ = 'SCORE_READ',
  DATA_IMPORT = 'DATA_IMPORT',
}

registerEnumType(Action, { name: 'Action', description: '操作权限（由角色决定，见 permissions.ts）' });

const grants: Record<Role, readonly Action[]> = {
  [Role.ADMIN]: [
    Action.ACCOUNT_READ,
    Action.ACCOUNT_MANAGE,
    Action.UNIT_READ_ALL,
    Action.UNIT_MANAGE,
    Action.AUDIT_READ,
  ],
  [Role.CREDIT_OFFICE]: [
    Action.ACCOUNT_READ,
    Action.UNIT_READ_ALL,
    Action.UNIT_MANAGE,
    Action.AUDIT_READ,
    Action.CONFIG_MANAGE,
    Action.SUBMISSION_REVIEW,
    Action.SUBMISSION_READ_ALL,
    Action.MONITORING_ENTER,
    Action.SCORE_COMPUTE,
    Action.SCORE_PUBLISH,
    Action.SCORE_READ,
    Action.DATA_IMPORT,
  ],
  [Role.EVALUATOR]: [
    Action.UNIT_READ_ALL,
    Action.SUBMISSION_READ_ALL,
    Action.MONITORING_ENTER,
    Action.SCORE_COMPUTE,
    Action.SCORE_READ,
    Action.DATA_IMPORT,
  ],
  [Role.UNIT_SUBMITTER]: [Action.SUBMISSION_FILL],
  [Role.UNIT_APPROVER]: [Action.SUBMISSION_FILL, Action.SUBMISSION_APPROVE],
  [Role.LEADER]: [Action.UNIT_READ_ALL, Action.SUBMISSION_READ_ALL, Action.SCORE_READ],
};

const table: ReadonlyMap<Role, ReadonlySet<Action>> = new Map(
  Object.entries(grants).map(([role, actions]) => [role as Role, new Set(actions)]),
);

export function capabilities(role: Role): ReadonlySet<Action> {
  return table.get(role) ?? new Set();
}

export function can(user: { role: Role } | null | undefined, action: Action): boolean {
  return user != null && capabilities(user.role).has(action);
}
