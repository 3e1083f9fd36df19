import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/** A request whose JSON body a parser (express.json) has read into `body`. */
export type ParsedRequest = IncomingMessage & { body?: unknown };

/**
 * Apollo Server on plain `node:http` request and response objects, in place of
 * `@as-integrations/express5`: the same request mapping, but the answer is written with one
 * `res.end(string)` instead of `res.send`, which would turn the body into a Buffer, hash it for an
 * ETag nobody revalidates (a POST answer) and check freshness on every request. It needs nothing of
 * express, so both the GraphQL front (graphql-front.ts) and express's `/graphql` mount run it.
 * Every answer says `Cache-Control: no-store`: GraphQL answers carry unit data and must not sit in a
 * shared cache (Apollo's cache-control plugin, now disabled, said the same since no field declares
 * a cache hint).
 */
export function graphqlHttpHandler<TContext extends BaseContext, Req extends ParsedRequest = ParsedRequest>(
  apollo: ApolloServer<TContext>,
  context: (req: Req, res: ServerResponse) => Promise<TContext>,
): (req: Req, res: ServerResponse) => Promise<void> {
  apollo.assertStarted('graphqlHttpHandler()');
  return async (req, res) => {
    if (!('body' in req)) {
      res.statusCode = 500;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('`req.body` is not set: the JSON body parser must run before GraphQL');
      return;
    }
    const headers = new HeaderMap();
    for (const name in req.headers) {
      const value = req.headers[name];
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const queryStart = url.indexOf('?');
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: queryStart < 0 ? '' : url.slice(queryStart),
        body: req.body,
      },
      context: () => context(req, res),
    });
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.setHeader('cache-control', 'no-store');
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(answer.body.string));
      res.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
