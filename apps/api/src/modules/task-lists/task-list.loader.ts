import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Period } from '../cycles/period.entity';
import { TaskDefinition } from './task-definition.entity';

/** Per request (created in context.ts): batches task reads by id. */
export function createTaskByIdLoader(dataSource: DataSource): DataLoader<string, TaskDefinition | null> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(TaskDefinition).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Per request: batches period reads by id. */
export function createPeriodByIdLoader(dataSource: DataSource): DataLoader<string, Period | null> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(Period).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
