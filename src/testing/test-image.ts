import { execFile } from 'node:child_process';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { fixture } from './fixtures.js';

const run = promisify(execFile);

/** What tests of real images need on PATH (installed by .ci/setup.d/image.sh). */
export const IMAGE_TOOLS = ['umoci', 'skopeo', 'docker-registry'] as const;

export async function hasImageTools(): Promise<boolean> {
  const found = await Promise.all(IMAGE_TOOLS.map((t) => run('sh', ['-c', `command -v ${t}`]).then(() => true, () => false)));
  return found.every(Boolean);
}

export interface TestImage {
  /** The OCI layout directory; the image is tagged `tag` in it. */
  layout: string;
  tag: string;
  /** The files of each layer, bottom first, as paths inside the image. */
  layerFiles: string[][];
}

/** The Debian base (a real dpkg status + os-release) and the app (requirements.txt + app.py) of the test image. */
const DEBIAN_ROOT = fixture('pkgdb', 'debian', 'syft', 'image-dpkg');
const REQUIREMENTS = fixture('lockfiles', 'requirements-txt', 'trivy', 'requirements_flask.txt');

async function umoci(...args: string[]): Promise<void> {
  await run('umoci', args, { maxBuffer: 16 * 1024 * 1024 });
}

/** Unpacks the tag, lets `fill` add files to the rootfs, and repacks it as a new layer on the same tag. */
async function addLayer(layout: string, tag: string, bundle: string, fill: (rootfs: string) => Promise<void>): Promise<void> {
  await umoci('unpack', '--rootless', '--image', `${layout}:${tag}`, bundle);
  await fill(path.join(bundle, 'rootfs'));
  await umoci('repack', '--image', `${layout}:${tag}`, bundle);
}

/**
 * Builds a two-layer image from scratch with umoci (init/new/unpack/repack; never `umoci insert`,
 * which writes truncated tars): layer 1 a Debian root with its package database, layer 2 /app.
 */
export async function buildTestImage(workDir: string, tag = 'test'): Promise<TestImage> {
  const layout = path.join(workDir, 'layout');
  await mkdir(workDir, { recursive: true });
  await umoci('init', '--layout', layout);
  await umoci('new', '--image', `${layout}:${tag}`);
  await addLayer(layout, tag, path.join(workDir, 'bundle-1'), (root) => cp(DEBIAN_ROOT, root, { recursive: true }));
  await addLayer(layout, tag, path.join(workDir, 'bundle-2'), async (root) => {
    await mkdir(path.join(root, 'app'));
    await cp(REQUIREMENTS, path.join(root, 'app', 'requirements.txt'));
    await writeFile(path.join(root, 'app', 'app.py'), 'from flask import Flask\napp = Flask(__name__)\n');
  });
  await umoci('config', '--image', `${layout}:${tag}`, '--config.workingdir', '/app', '--config.cmd', 'python3', '--config.cmd', 'app.py');
  await umoci('gc', '--layout', layout);
  return {
    layout,
    tag,
    layerFiles: [
      ['etc/os-release', 'var/lib/dpkg/status'],
      ['app/app.py', 'app/requirements.txt'],
    ],
  };
}

/** skopeo copy between two transports (e.g. `oci:DIR:tag` → `docker-archive:FILE:name:tag`). */
export async function skopeoCopy(from: string, to: string, extra: string[] = []): Promise<void> {
  await run('skopeo', ['copy', '--quiet', ...extra, from, to], { maxBuffer: 16 * 1024 * 1024 });
}
