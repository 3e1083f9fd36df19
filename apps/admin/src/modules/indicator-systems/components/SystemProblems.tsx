import type { SystemProblem } from '@govtrust/indicators';
import { Alert, Button, List, Tag } from 'antd';

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
        <List<SystemProblem>
          size="small"
          dataSource={problems}
          renderItem={(problem) => (
            <List.Item
              actions={
                problem.nodeCode
                  ? [
                      <Button key="locate" type="link" size="small" onClick={() => onSelectNode(problem.nodeCode as string)}>
                        定位 {problem.nodeCode}
                      </Button>,
                    ]
                  : []
              }
            >
              <Tag color={problem.severity === 'ERROR' ? 'error' : 'warning'}>{problem.severity === 'ERROR' ? '错误' : '提醒'}</Tag>
              {problem.message}
            </List.Item>
          )}
        />
      }
    />
  );
}
