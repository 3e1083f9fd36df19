import type { SystemProblem } from '@govtrust/indicators';
import { Alert, Button, Tag } from 'antd';

export interface SystemProblemsProps {
  problems: SystemProblem[];
  onSelectNode: (code: string) => void;
}

/** validateSystem's findings; each one that names a node links to it in the tree. */
export function SystemProblems({ problems, onSelectNode }: SystemProblemsProps) {
  if (problems.length === 0) return <Alert type="success" showIcon title="校验通过：结构、分值和计分规则未发现问题" />;
  const errors = problems.filter((p) => p.severity === 'ERROR').length;
  return (
    <Alert
      type={errors > 0 ? 'error' : 'warning'}
      showIcon
      title={`校验发现 ${errors} 个错误、${problems.length - errors} 个提醒`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
          {problems.map((problem, index) => (
            <li key={`${problem.code}-${problem.path}-${index}`} style={{ padding: '4px 0' }}>
              <Tag color={problem.severity === 'ERROR' ? 'error' : 'warning'}>{problem.severity === 'ERROR' ? '错误' : '提醒'}</Tag>
              {problem.message}
              {problem.nodeCode ? (
                <Button type="link" size="small" onClick={() => onSelectNode(problem.nodeCode as string)}>
                  定位 {problem.nodeCode}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      }
    />
  );
}
