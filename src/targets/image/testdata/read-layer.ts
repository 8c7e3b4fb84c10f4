import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract } from 'tar-stream';
import { isCompressedLayer } from '../media-types.js';
import type { ImageLayer, OpenedImage } from '../types.js';

/** The entry names of one layer (gzip or plain tar), read through openLayer so its digest is checked. */
export async function readLayerEntries(image: OpenedImage, layer: ImageLayer): Promise<string[]> {
  const names: string[] = [];
  const ex = extract();
  ex.on('entry', (header, stream, next) => {
    names.push(header.name.replace(/^\.\//, '') + (header.type === 'directory' && !header.name.endsWith('/') ? '/' : ''));
    stream.on('end', next);
    stream.resume();
  });
  const source = await image.openLayer(layer);
  await (isCompressedLayer(layer.mediaType) ? pipeline(source, createGunzip(), ex) : pipeline(source, ex));
  return names;
}
