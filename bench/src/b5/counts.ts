import { createHash } from 'node:crypto';

/** Per-unit counts of a 双公示 file: 上报数据量, 入库数据量, 迟报量 (more than 7 days). */
export interface UnitCounts {
  reported: number;
  accepted: number;
  late: number;
}

export const HEADER = ['记录编号', '单位编码', '类别', '决定日期', '报送日期', '状态'] as const;
export const LATE_AFTER_DAYS = 7;

/** Order-independent fingerprint of per-unit counts. */
export function fingerprint(byUnit: ReadonlyMap<string, UnitCounts>): string {
  const lines = [...byUnit.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([u, c]) => `${u}:${c.reported}:${c.accepted}:${c.late}`);
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}
