import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildApiSchema, printApiSchema } from './schema';

/** `npx tsx src/schema-emit.ts` rewrites apps/api/schema.graphql from the resolvers. */
async function main(): Promise<void> {
  const target = path.resolve(__dirname, '..', 'schema.graphql');
  writeFileSync(target, printApiSchema(await buildApiSchema()));
  console.log(`已写入 ${target}`);
}

void main();
