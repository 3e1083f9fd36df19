/** One changed (or shown) field of an audit entry: before → after. */
export interface DiffRow {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

const show = (value: unknown): string => (value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The field-by-field difference of an audit entry's before/after snapshots (objects; anything
 * else is shown as one "值" row). Unchanged fields are kept, marked, so the reader sees context.
 */
export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isRecord(before) && !isRecord(after)) {
    if (before == null && after == null) return [];
    return [{ field: '值', before: show(before), after: show(after), changed: show(before) !== show(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => {
    const was = show(b[field]);
    const is = show(a[field]);
    return { field, before: was, after: is, changed: was !== is };
  });
}
