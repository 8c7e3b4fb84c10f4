// A generated image for the image benchmark: ≥300 MiB stored over 6 gzip layers (incompressible blobs plus
// source-like text), written once as an OCI layout and as a docker-archive (docker save layout).
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { pack } from 'tar-stream';

const LAYERS = 6;
const RANDOM_FILES = 13;
const RANDOM_FILE_BYTES = 4 * 1024 * 1024;
const TEXT_FILES = 3000;

function hashing(hash) {
  return new Transform({ transform(chunk, _e, done) { hash.update(chunk); done(null, chunk); } });
}

function textFile(i) {
  const line = `def handler_${i}(request):\n    value = request.args.get("q${i}")\n    return render_template("page.html", value=value)\n`;
  return Buffer.from(line.repeat(40 + (i % 20)));
}

async function fillLayer(p, n) {
  const entry = (name, data) => new Promise((resolve, reject) => p.entry({ name, mode: 0o644 }, data, (err) => (err ? reject(err) : resolve())));
  for (let i = 0; i < RANDOM_FILES; i++) await entry(`opt/data${n}/blob-${i}.bin`, randomBytes(RANDOM_FILE_BYTES));
  for (let i = 0; i < TEXT_FILES; i++) await entry(`app/layer${n}/mod${i % 50}/file${i}.py`, textFile(i));
  p.finalize();
}

/** Writes one gzip layer blob; returns its digest, diffID and size. */
async function writeLayer(blobs, n) {
  const diff = createHash('sha256');
  const stored = createHash('sha256');
  const temp = path.join(blobs, `tmp-${n}`);
  const p = pack();
  await Promise.all([fillLayer(p, n), pipeline(p, hashing(diff), createGzip({ level: 6 }), hashing(stored), createWriteStream(temp))]);
  const digest = stored.digest('hex');
  await rename(temp, path.join(blobs, digest));
  return { digest: `sha256:${digest}`, diffId: `sha256:${diff.digest('hex')}`, size: (await stat(path.join(blobs, digest))).size };
}

async function writeBlob(blobs, json) {
  const bytes = Buffer.from(JSON.stringify(json));
  const hex = createHash('sha256').update(bytes).digest('hex');
  await writeFile(path.join(blobs, hex), bytes);
  return { digest: `sha256:${hex}`, size: bytes.length };
}

async function dockerArchive(layout, file, configDesc, layers) {
  const p = pack();
  const out = pipeline(p, createWriteStream(file));
  const add = async (name, source) => {
    const { size } = await stat(source);
    await new Promise((resolve, reject) => {
      const sink = p.entry({ name, size, mode: 0o644 }, (err) => (err ? reject(err) : resolve()));
      createReadStream(source).pipe(sink);
    });
  };
  const blobName = (d) => `blobs/sha256/${d.slice(7)}`;
  for (const l of layers) await add(blobName(l.digest), path.join(layout, blobName(l.digest)));
  await add(blobName(configDesc.digest), path.join(layout, blobName(configDesc.digest)));
  const manifest = Buffer.from(JSON.stringify([{ Config: blobName(configDesc.digest), RepoTags: ['bench/image:1'], Layers: layers.map((l) => blobName(l.digest)) }]));
  p.entry({ name: 'manifest.json' }, manifest);
  p.finalize();
  await out;
}

/** Builds (once) bench/.work/image/{layout, image.docker.tar}; returns their paths and sizes. */
export async function generateImage(work) {
  const layout = path.join(work, 'layout');
  const archive = path.join(work, 'image.docker.tar');
  const done = path.join(work, '.complete.json');
  if (existsSync(done)) return JSON.parse(await (await import('node:fs/promises')).readFile(done, 'utf8'));
  await rm(work, { recursive: true, force: true });
  const blobs = path.join(layout, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  const layers = [];
  for (let n = 0; n < LAYERS; n++) layers.push(await writeLayer(blobs, n));
  const config = await writeBlob(blobs, {
    os: 'linux',
    architecture: 'amd64',
    config: { WorkingDir: '/app' },
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    history: layers.map((_l, i) => ({ created_by: `COPY layer${i} /` })),
  });
  const layerDescs = layers.map((l) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: l.digest, size: l.size }));
  const manifest = await writeBlob(blobs, { schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config }, layers: layerDescs });
  await writeFile(path.join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(path.join(layout, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest, annotations: { 'org.opencontainers.image.ref.name': 'bench' } }] }));
  await dockerArchive(layout, archive, config, layers);
  const info = {
    layout,
    archive,
    layers: layers.map((l) => path.join(blobs, l.digest.slice(7))),
    storedBytes: layers.reduce((s, l) => s + l.size, 0),
  };
  await writeFile(done, JSON.stringify(info));
  return info;
}
