import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Account } from './account.entity';

/** Per request (created in context.ts): batches `Account` reads by id. */
export function createAccountByIdLoader(dataSource: DataSource): DataLoader<string, Account | null> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(Account).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
