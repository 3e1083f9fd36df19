import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import { graphqlHttpHandler } from './graphql-http';

describe('graphqlHttpHandler', () => {
  let apollo: ApolloServer<{ who: string }>;
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    apollo = new ApolloServer<{ who: string }>({
      typeDefs: 'type Query { hello: String! }',
      resolvers: { Query: { hello: (_root: unknown, _args: unknown, ctx: { who: string }) => `你好，${ctx.who}` } },
      csrfPrevention: true,
      plugins: [ApolloServerPluginCacheControlDisabled()],
    });
    await apollo.start();
    const app = express();
    app.use(
      '/graphql',
      express.json(),
      graphqlHttpHandler(apollo, (req) => Promise.resolve({ who: (req.headers['x-who'] as string | undefined) ?? '匿名' })),
    );
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await apollo.stop();
  });

  it('answers a POST with one complete JSON body, its length, no-store and no ETag', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-who': 'tester' },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { hello: '你好，tester' } });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('etag')).toBeNull();
  });

  it('reads GET queries from the query string, refuses what CSRF prevention refuses, and marks errors no-store too', async () => {
    const get = await fetch(`${url}?query=${encodeURIComponent('{ hello }')}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(await get.json()).toEqual({ data: { hello: '你好，匿名' } });
    const simple = await fetch(`${url}?query=${encodeURIComponent('{ hello }')}`);
    expect(simple.status).toBe(400);
    const bad = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('cache-control')).toBe('no-store');
  });
});

describe('graphqlHttpHandler without express', () => {
  it('serves a bare node:http request whose body was read into req.body', async () => {
    const apollo = new ApolloServer<{ who: string }>({
      typeDefs: 'type Query { hello: String! }',
      resolvers: { Query: { hello: (_root: unknown, _args: unknown, ctx: { who: string }) => `你好，${ctx.who}` } },
      csrfPrevention: true,
      plugins: [ApolloServerPluginCacheControlDisabled()],
    });
    await apollo.start();
    const handler = graphqlHttpHandler(apollo, (req) => Promise.resolve({ who: req.method ?? '' }));
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (chunks.length > 0) Object.assign(req, { body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
        void handler(req, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ hello }' }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toEqual({ data: { hello: '你好，POST' } });
      // a GET has no body: a server that did not set req.body gets a plain 500, not a crash
      const unparsed = await fetch(`${url}?query=${encodeURIComponent('{ hello }')}`, { headers: { 'apollo-require-preflight': '1' } });
      expect(unparsed.status).toBe(500);
      expect(await unparsed.text()).toMatch(/req\.body/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    }
  });
});
