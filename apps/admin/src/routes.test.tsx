import { accessFor } from './access';
import { homeFor, menuFor } from './routes';

const labels = (items: Array<{ label: string }>) => items.map((item) => item.label);

describe('menuFor', () => {
  it('shows the credit office every workflow page but not account management', () => {
    const access = accessFor({
      role: 'CREDIT_OFFICE',
      capabilities: ['ACCOUNT_READ', 'UNIT_READ_ALL', 'UNIT_MANAGE', 'AUDIT_READ', 'CONFIG_MANAGE', 'SUBMISSION_REVIEW', 'SUBMISSION_READ_ALL', 'SCORE_READ'],
    });
    expect(labels(menuFor(access))).toEqual(['工作台', '审核队列', '任务清单', '得分排名', '预警', '报表导出', '期次管理', '指标体系', '单位管理', '审计日志']);
    expect(homeFor(access)).toBe('dashboard');
  });

  it('shows the administrator units, accounts and the audit log, and starts at units', () => {
    const access = accessFor({ role: 'ADMIN', capabilities: ['ACCOUNT_READ', 'ACCOUNT_MANAGE', 'UNIT_READ_ALL', 'UNIT_MANAGE', 'AUDIT_READ'] });
    expect(labels(menuFor(access))).toEqual(['单位管理', '账号管理', '审计日志']);
    expect(homeFor(access)).toBe('units');
  });

  it('shows a leader scores and reports but no configuration or review pages', () => {
    const access = accessFor({ role: 'LEADER', capabilities: ['UNIT_READ_ALL', 'SUBMISSION_READ_ALL', 'SCORE_READ'] });
    expect(labels(menuFor(access))).toEqual(['工作台', '得分排名', '预警', '报表导出', '指标体系', '单位管理']);
  });

  it('has no home for a unit account', () => {
    expect(homeFor(accessFor({ role: 'UNIT_SUBMITTER', capabilities: ['SUBMISSION_FILL'] }))).toBeNull();
  });
});
