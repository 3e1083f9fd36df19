import type { OptionDefinition } from '@govtrust/indicators';
import { Button, Input, Space } from 'antd';

export interface OptionsEditorProps {
  options: OptionDefinition[];
  onChange: (options: OptionDefinition[]) => void;
  /** prefix of the accessible names, e.g. 第1个填报项 */
  label: string;
}

/** Next option code after the highest letter used: A, B, C … (the documents list options A–D). */
function nextCode(options: OptionDefinition[]): string {
  const used = new Set(options.map((o) => o.code));
  for (let i = 0; i < 26; i += 1) {
    const code = String.fromCharCode(65 + i);
    if (!used.has(code)) return code;
  }
  return `O${options.length + 1}`;
}

/** The options of a checklist or choice field: code (what rules give points to) and Chinese name. */
export function OptionsEditor({ options, onChange, label }: OptionsEditorProps) {
  const set = (index: number, patch: Partial<OptionDefinition>) => onChange(options.map((o, i) => (i === index ? { ...o, ...patch } : o)));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {options.map((option, index) => (
        // by position: two options may briefly share a code while it is typed
        <Space key={index} style={{ width: '100%' }}>
          <Input aria-label={`${label}选项${index + 1}代码`} value={option.code} style={{ width: 72 }} onChange={(e) => set(index, { code: e.target.value.trim() })} />
          <Input aria-label={`${label}选项${index + 1}名称`} value={option.label} style={{ width: 320 }} placeholder="选项名称" onChange={(e) => set(index, { label: e.target.value })} />
          <Button type="link" size="small" danger aria-label={`删除${label}选项${index + 1}`} onClick={() => onChange(options.filter((_, i) => i !== index))}>
            删除
          </Button>
        </Space>
      ))}
      <Button size="small" onClick={() => onChange([...options, { code: nextCode(options), label: '' }])}>
        添加选项
      </Button>
    </Space>
  );
}
