/**
 * exceljs 4.4's streaming reader decodes every zip chunk to text on its own
 * (lib/utils/parse-sax.js: `bufferToString(chunk)`), so a Chinese character whose UTF-8 bytes
 * straddle two chunks turns into U+FFFD (入库 → ��库, about one row in 5,000 in our files). This
 * replaces that module, before exceljs loads it, with the same parser fed through a StringDecoder,
 * which carries partial characters over to the next chunk. Import it before anything imports exceljs.
 */
import { Module } from 'node:module';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';

interface Sax {
  on(event: string, fn: (value: unknown) => void): void;
  write(text: string): void;
}

const target = require.resolve('exceljs/lib/utils/parse-sax.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SaxesParser } = require(require.resolve('saxes', { paths: [path.dirname(target)] })) as { SaxesParser: new () => Sax };

async function* parseSax(iterable: AsyncIterable<Buffer | string>) {
  const parser = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  let error: unknown;
  let events: Array<{ eventType: string; value: unknown }> = [];
  parser.on('error', (err) => (error = err));
  parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
  for await (const chunk of iterable) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = decoder.end();
  if (rest) {
    parser.write(rest);
    if (error) throw error;
    yield events;
  }
}

if (require.cache[target]) throw new Error('exceljs-utf8 must be imported before exceljs');
const patched = new Module(target);
patched.filename = target;
patched.loaded = true;
patched.exports = parseSax;
require.cache[target] = patched;
