import type { UnitClassDefinition } from '@govtrust/indicators';
import { Button, Input, Space, Typography } from 'antd';

export interface UnitClassesFormProps {
  unitClasses: UnitClassDefinition[];
  onChange: (unitClasses: UnitClassDefinition[]) => void;
  /** how many nodes' applicability names each class code */
  usage: ReadonlyMap<string, number>;
}

/** A code that is empty or used twice cannot be told apart by the nodes that name it. */
export function unitClassProblem(unitClasses: readonly UnitClassDefinition[], index: number): string | undefined {
  const c = unitClasses[index];
  if (!c) return undefined;
  if (c.code.trim() === '') return '请填写分类代码';
  if (c.label.trim() === '') return '请填写分类名称';
  if (unitClasses.findIndex((o) => o.code === c.code) !== index) return `分类代码“${c.code}”重复`;
  return undefined;
}

/** 单位分类 (A类部门、B类部门、镇/街道 …) that nodes can be limited to. */
export function UnitClassesForm({ unitClasses, onChange, usage }: UnitClassesFormProps) {
  const set = (index: number, patch: Partial<UnitClassDefinition>) => onChange(unitClasses.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {unitClasses.map((c, index) => {
        const problem = unitClassProblem(unitClasses, index);
        const used = usage.get(c.code) ?? 0;
        return (
          // by position: the code itself is being edited
          <Space key={index} wrap>
            <Input aria-label={`第${index + 1}个单位分类代码`} value={c.code} style={{ width: 120, fontFamily: 'monospace' }} status={problem?.includes('代码') ? 'error' : undefined} onChange={(e) => set(index, { code: e.target.value.trim() })} />
            <Input aria-label={`第${index + 1}个单位分类名称`} value={c.label} style={{ width: 360 }} status={problem?.includes('名称') ? 'error' : undefined} onChange={(e) => set(index, { label: e.target.value })} />
            <Typography.Text type="secondary">{used > 0 ? `${used} 项指标按此分类适用` : '未被指标使用'}</Typography.Text>
            <Button type="link" size="small" danger aria-label={`删除第${index + 1}个单位分类`} onClick={() => onChange(unitClasses.filter((_, i) => i !== index))}>
              删除
            </Button>
            {problem ? (
              <Typography.Text type="danger" role="alert">
                {problem}
              </Typography.Text>
            ) : null}
          </Space>
        );
      })}
      <Button size="small" onClick={() => onChange([...unitClasses, { code: '', label: '' }])}>
        添加单位分类
      </Button>
    </Space>
  );
}
