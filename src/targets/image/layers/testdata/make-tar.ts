import { pack, type Header } from 'tar-stream';

export interface TarMember extends Partial<Header> {
  name: string;
  content?: string | Buffer;
}

/** A tar archive of the given members, in order, as tar-stream writes it (the test builds hostile ones). */
export async function makeTar(members: readonly TarMember[]): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c) => void chunks.push(c as Buffer));
  const done = new Promise<void>((resolve) => p.on('end', () => resolve()));
  for (const { content, ...header } of members) {
    const body = typeof content === 'string' ? Buffer.from(content) : content;
    await new Promise<void>((resolve, reject) => p.entry({ ...header, ...(body && { size: body.length }) }, body ?? '', (err) => (err ? reject(err) : resolve())));
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}
