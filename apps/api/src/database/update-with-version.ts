import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-codes';

/**
 * `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?`; throws CONFLICT when no row
 * changed (someone else saved first) and NOT_FOUND when the row is gone. Call it inside the
 * mutation's transaction with that transaction's manager.
 */
export async function updateWithVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  patch: QueryDeepPartialEntity<T>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...patch, updatedAt: new Date(), version: () => 'version + 1' } as QueryDeepPartialEntity<T>)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected === 1) return;
  const exists = await manager.getRepository(entity).exist({ where: { id } as never });
  if (!exists) throw new AppError(ErrorCode.NOT_FOUND);
  throw new AppError(ErrorCode.CONFLICT, '数据已被他人修改（版本不一致），请刷新后重试', { expectedVersion });
}
