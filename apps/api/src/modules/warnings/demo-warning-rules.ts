import type { DataSource } from 'typeorm';
import { defaultWarningRules } from './warning-rule.service';
import { WarningRule } from './warning-rule.entity';

/** The default (global) warning rules for the demo; does nothing when any rule exists. */
export async function seedDefaultWarningRules(dataSource: DataSource): Promise<number> {
  const repo = dataSource.getRepository(WarningRule);
  if ((await repo.count()) > 0) return 0;
  await repo.save(defaultWarningRules.map((rule) => repo.create({ ...rule, cycleId: null, enabled: true })));
  return defaultWarningRules.length;
}
