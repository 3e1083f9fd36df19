import { useLazyQuery, useMutation } from '@apollo/client/react';
import { App, Alert, Button, Drawer, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useShowError } from '../../common/hooks/useShowError';
import { UPDATE_TASK_DEFINITION } from '../graphql/mutations/updateTaskDefinitionMutation';
import { CYCLE_TASKS } from '../graphql/queries/cycleTasksQuery';
import { PARSE_DEADLINE_TEXT } from '../graphql/queries/parseDeadlineTextQuery';
import { deadlineRuleText } from '../utils/deadlineRuleText';
import { evidenceOf } from '../utils/evidence';
import type { CycleTask } from './TaskAssignmentTable';
import { TaskDueDates } from './TaskDueDates';

interface Values {
  title: string;
  target?: string;
  deadlineText?: string;
  evidenceDescription?: string;
  evidenceMinCount?: number;
}

export interface TaskEditDrawerProps {
  task: CycleTask | undefined;
  /** the cycle's year: the due dates shown are this year's */
  year: number | undefined;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * Edits a task definition; the API re-dates open periods when 完成时限 changes and refuses a stale
 * version. The year's due dates are shown for the rule as edited (once parsed), else for the task's own.
 */
export function TaskEditDrawer({ task, year, onClose, onSaved }: TaskEditDrawerProps) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useShowError();
  const [parse, parsed] = useLazyQuery(PARSE_DEADLINE_TEXT);
  const deadlineText = Form.useWatch('deadlineText', form);
  const [update, { loading }] = useMutation(UPDATE_TASK_DEFINITION, { refetchQueries: [CYCLE_TASKS] });

  useEffect(() => {
    if (!task) return;
    const evidence = evidenceOf(task.evidence);
    form.setFieldsValue({
      title: task.title,
      target: task.target ?? '',
      deadlineText: task.deadlineText ?? '',
      evidenceDescription: evidence?.description ?? '',
      evidenceMinCount: evidence?.minCount ?? 1,
    });
  }, [task, form]);

  const preview = async () => {
    const text = (form.getFieldValue('deadlineText') as string | undefined)?.trim();
    if (text) await parse({ variables: { text } });
  };

  const save = async () => {
    if (!task) return;
    const values = await form.validateFields();
    const before = evidenceOf(task.evidence);
    const description = values.evidenceDescription?.trim() ?? '';
    const evidence = description ? { ...before, description, minCount: values.evidenceMinCount ?? 1 } : null;
    const deadlineText = values.deadlineText?.trim() ?? '';
    // an emptied 完成时限 keeps the rule the task has: only a new text is parsed and re-dates the periods
    const deadlineChanged = deadlineText !== '' && deadlineText !== (task.deadlineText ?? '');
    try {
      await update({
        variables: {
          input: {
            id: task.id,
            expectedVersion: task.version,
            title: values.title.trim(),
            target: values.target?.trim() || null,
            ...(deadlineChanged ? { deadlineText } : {}),
            evidence,
          },
        },
      });
      void message.success('任务已保存');
      onSaved();
      onClose();
    } catch (error) {
      const code = showError(error);
      if (code === 'CONFLICT') void message.warning('他人已修改，请刷新');
    }
  };

  const answer = parsed.data?.parseDeadlineText;
  // a parse of text the task already has is no edit
  const editedRule = answer?.rule && (deadlineText ?? '').trim() !== (task?.deadlineText ?? '') ? answer.rule : null;
  const shownRule = answer?.error ? null : (editedRule ?? task?.deadline ?? null);
  return (
    <Drawer
      open={Boolean(task)}
      size={620}
      title={task ? `编辑任务 · ${task.code}` : '编辑任务'}
      onClose={onClose}
      extra={
        <Button type="primary" loading={loading} onClick={() => void save().catch(() => undefined)}>
          保存
        </Button>
      }
    >
      <Form form={form} layout="vertical">
        <Form.Item name="title" label="任务名称" rules={[{ required: true, whitespace: true, message: '请填写任务名称' }, { max: 200, message: '不超过200字' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="target" label="目标" extra="如 合规率99%以上">
          <Input />
        </Form.Item>
        <Form.Item label="完成时限" extra={task?.deadlineText ? undefined : '原清单未写明完成时限原文；留空则保持现有规则'}>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="deadlineText" noStyle>
              <Input aria-label="完成时限" placeholder="如 每月4日前报送上月信息" onChange={() => parsed.data && void preview()} />
            </Form.Item>
            <Button loading={parsed.loading} onClick={() => void preview()}>
              解析预览
            </Button>
          </Space.Compact>
        </Form.Item>
        {answer?.error ? <Alert type="error" showIcon title={`无法识别：${answer.error}`} style={{ marginBottom: 16 }} /> : null}
        {answer?.rule ? (
          <Alert
            type={answer.confidence === 'GUESSED' ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 16 }}
            title={`解析为：${deadlineRuleText(answer.rule)}`}
            description={answer.confidence === 'GUESSED' ? '原文未写明日期，按惯例推定，请核对。保存后重算未关闭期次的截止日期。' : '保存后重算未关闭期次的截止日期。'}
          />
        ) : null}
        {shownRule && year ? <TaskDueDates rule={shownRule} year={year} edited={Boolean(editedRule)} /> : null}
        <Form.Item name="evidenceDescription" label="佐证材料要求" extra="留空表示不要求佐证材料">
          <Input.TextArea rows={2} placeholder="如 会议纪要、签到表" />
        </Form.Item>
        <Form.Item name="evidenceMinCount" label="最少佐证数">
          <InputNumber min={0} max={50} precision={0} />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">已有填报记录的任务不能改变报送周期（月度、季度、年度之间切换）。</Typography.Text>
    </Drawer>
  );
}
