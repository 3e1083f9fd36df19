import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildApiSchema, printApiSchema } from './schema';

describe('schema.graphql', () => {
  it('matches the schema built from the resolvers', async () => {
    const checkedIn = readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    const built = printApiSchema(await buildApiSchema());
    if (built !== checkedIn) {
      throw new Error(
        'apps/api/schema.graphql 与代码生成的 schema 不一致 / schema.graphql is out of date. ' +
          'Run `npx tsx src/schema-emit.ts` in apps/api, review the diff and commit it.',
      );
    }
    expect(built).toContain('type Query');
  });
});
