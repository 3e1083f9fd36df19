import { PassThrough, Readable } from 'node:stream';
import { splitHead } from './multipart';

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const bytes = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed) % 251));

describe('splitHead', () => {
  it('hands on the same stream, whole, after reading its head from chunks arriving over time', async () => {
    const chunks = Array.from({ length: 12 }, (_, i) => bytes(10_000, i));
    const source = new PassThrough();
    let i = 0;
    const feed = setInterval(() => {
      if (i < chunks.length) source.write(chunks[i++]);
      else {
        clearInterval(feed);
        source.end();
      }
    }, 1);
    const { head, body } = await splitHead(source, 16 * 1024);
    expect(body).toBe(source);
    expect(head).toEqual(Buffer.concat(chunks).subarray(0, 16 * 1024));
    expect(await collect(body)).toEqual(Buffer.concat(chunks));
  });

  it('replays a file shorter than the head, and an empty one', async () => {
    const small = bytes(5_000, 7);
    const a = await splitHead(Readable.from([small.subarray(0, 2_000), small.subarray(2_000)]), 16 * 1024);
    expect(a.head).toEqual(small);
    expect(await collect(a.body)).toEqual(small);
    const b = await splitHead(Readable.from([] as Buffer[]), 16 * 1024);
    expect(b.head.length).toBe(0);
    expect(await collect(b.body)).toEqual(Buffer.alloc(0));
  });

  it('fails with the stream when it fails before the head is complete', async () => {
    const source = new PassThrough();
    source.write(bytes(1_000, 1));
    const refused = new Error('文件超过1MB上限');
    setTimeout(() => source.destroy(refused), 5);
    await expect(splitHead(source, 16 * 1024)).rejects.toBe(refused);
  });
});
