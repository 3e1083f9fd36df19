import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kind, parse, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

export interface AppOperation {
  app: string;
  name: string;
  /** the operation and every fragment it spreads, as the app sends it */
  source: string;
}

/** The document strings of an app's codegen output (the keys of `const documents = { "…": … }`). */
function documentStrings(app: string): string[] {
  const file = readFileSync(resolve(__dirname, `../../../${app}/src/generated/gql.ts`), 'utf8');
  const start = file.indexOf('const documents');
  if (start < 0) throw new Error(`${app}: no documents map in src/generated/gql.ts`);
  const body = file.slice(start, file.indexOf('\n};', start));
  return [...body.matchAll(/^\s+("(?:[^"\\]|\\.)*"):/gm)].map((m) => JSON.parse(m[1]!) as string);
}

function spreads(node: DefinitionNode): string[] {
  const names: string[] = [];
  visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
  return names;
}

/**
 * Every operation the console and the portal send, each with the fragments it uses (codegen keeps
 * a fragment in its own document; the client appends it to each operation that spreads it).
 */
export function appOperations(apps = ['admin', 'submit']): AppOperation[] {
  return apps.flatMap((app) => {
    const definitions = documentStrings(app).flatMap((source) => parse(source).definitions);
    const fragments = new Map(
      definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    return definitions.flatMap((definition) => {
      if (definition.kind !== Kind.OPERATION_DEFINITION) return [];
      const used = new Map<string, FragmentDefinitionNode>();
      const queue = spreads(definition);
      while (queue.length > 0) {
        const name = queue.shift()!;
        const fragment = fragments.get(name);
        if (!fragment || used.has(name)) continue;
        used.set(name, fragment);
        queue.push(...spreads(fragment));
      }
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [definition, ...used.values()] };
      const source = document.definitions.map((d) => d.loc?.source.body.slice(d.loc.start, d.loc.end) ?? '').join('\n');
      return [{ app, name: definition.name?.value ?? '(anonymous)', source }];
    });
  });
}
