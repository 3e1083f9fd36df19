import 'reflect-metadata';
import { parseEnv } from '../env';
import { createDataSource } from './data-source';

/**
 * For the TypeORM CLI only (it awaits the exported promise) (migration:generate against a scratch database), e.g.
 *   DATABASE_URL=mysql://root@127.0.0.1:3306/govtrust_scratch npx tsx node_modules/typeorm/cli.js \
 *     migration:generate -d src/database/cli-data-source.ts src/database/migrations/mysql/AddThing
 *   SQLITE_PATH=/tmp/scratch.sqlite npx tsx node_modules/typeorm/cli.js \
 *     migration:generate -d src/database/cli-data-source.ts src/database/migrations/sqlite/AddThing
 * then add the new class to migrations/<engine>/index.ts and run the migration tests.
 */
export default createDataSource(parseEnv().database);
