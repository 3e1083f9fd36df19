import DataLoader from 'dataloader';
import { In, IsNull, type DataSource } from 'typeorm';
import { Unit } from './unit.entity';

/** Per request (created in context.ts): batches `Unit` reads by id. */
export function createUnitByIdLoader(dataSource: DataSource): DataLoader<string, Unit | null> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(Unit).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Per request: the active children of each parent id, ordered by code. */
export function createUnitChildrenLoader(dataSource: DataSource): DataLoader<string, Unit[]> {
  return new DataLoader(async (parentIds) => {
    const rows = await dataSource.getRepository(Unit).find({
      where: { parentId: In([...parentIds]), archivedAt: IsNull() },
      order: { code: 'ASC' },
    });
    return parentIds.map((id) => rows.filter((row) => row.parentId === id));
  });
}
