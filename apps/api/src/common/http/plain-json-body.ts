import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { RequestHandler } from 'express';

type BodyRequest = IncomingMessage & { body?: unknown };

const plainTypes = new Set(['application/json', 'application/json; charset=utf-8']);

/**
 * express.json (`parser`, made with `limit`) for the request GraphQL clients send — a POST with
 * `Content-Type: application/json`, a Content-Length within the limit and no Content-Encoding —
 * read and parsed here without it: body-parser's content-type and charset negotiation, stream
 * plumbing and decoder cost more than the rest of a small request's body handling. The result is
 * body-parser's: UTF-8 decoded the same way (StringDecoder, a leading BOM dropped), an empty body
 * read as `{}`, only an object or array accepted. Every other request, and every body this does not
 * parse cleanly (a syntax error, a top-level scalar, leading white space), is handed to `parser`
 * itself — the bytes replayed — so its answers and errors stay exactly body-parser's.
 */
export function plainJsonBody(parser: RequestHandler, limit: number) {
  return (req: BodyRequest, res: ServerResponse, next: (error?: unknown) => void): void => {
    const { headers } = req;
    const length = headers['content-length'];
    const plain =
      req.method === 'POST' &&
      plainTypes.has(headers['content-type'] ?? '') &&
      headers['content-encoding'] === undefined &&
      headers['transfer-encoding'] === undefined &&
      length !== undefined &&
      /^\d{1,8}$/.test(length) &&
      Number(length) <= limit;
    if (!plain) {
      parser(req as never, res as never, next);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('error', next);
    req.once('end', () => {
      const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      const decoder = new StringDecoder('utf8');
      let text = decoder.write(raw) + decoder.end();
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.length === 0) {
        req.body = {};
        next();
        return;
      }
      const first = text[0];
      if (first === '{' || first === '[') {
        try {
          req.body = JSON.parse(text) as unknown;
          next();
          return;
        } catch {
          // body-parser words the error
        }
      }
      replay(parser, req, res, raw, next);
    });
  };
}

/** The body, already read, given to body-parser as if it came off the socket. */
function replay(parser: RequestHandler, req: BodyRequest, res: ServerResponse, raw: Buffer, next: (error?: unknown) => void): void {
  const copy = Object.assign(Readable.from([raw], { objectMode: false }), {
    headers: req.headers,
    method: req.method,
    url: req.url,
    socket: req.socket,
    // on-finished reads these: not finished until the copy has been read
    complete: true,
    upgrade: false,
  }) as unknown as BodyRequest;
  parser(copy as never, res as never, (error?: unknown) => {
    if (!error) req.body = copy.body;
    next(error);
  });
}
