import { stat } from 'node:fs/promises';
import path from 'node:path';
import { oneOf, parseCommandArgs } from './args.js';
import { EXIT_OK } from './main.js';
import { writeReport } from './output.js';
import { toolVersion } from './version.js';
import { IMAGE_SOURCE_OPTIONS, scanImageRef, type ImageFlags } from './image.js';
import type { Cataloger } from '../catalogers/types.js';
import { loadConfig } from '../core/config.js';
import { errorMessage, PatchlineError, UsageError } from '../core/errors.js';
import type { ScanIssue, ScanResult } from '../core/model.js';
import { runScan } from '../core/pipeline.js';
import { silentProgress, terminalProgress } from '../core/progress.js';
import { getFormatter } from '../formatters/registry.js';

export const SBOM_FORMATS = ['cyclonedx', 'spdx'] as const;
const MAX_WARNINGS = 20;

/** `patchline sbom [PATH]`: the packages the catalogers find under PATH, as a CycloneDX or SPDX document. */
export async function sbomCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('sbom', args, {
    format: { type: 'string', short: 'f', default: 'cyclonedx' },
    output: { type: 'string', short: 'o' },
    config: { type: 'string', short: 'c' },
    quiet: { type: 'boolean', short: 'q', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    image: { type: 'string' },
    ...IMAGE_SOURCE_OPTIONS,
  });
  if (values.help) return (await import('./main.js')).main(['help', 'sbom']);
  if (positionals.length > 1) throw new UsageError(`sbom takes one PATH, got ${positionals.length}. Run 'patchline help sbom'.`);

  const formatter = getFormatter(oneOf('--format', values.format, SBOM_FORMATS));
  const result = values.image !== undefined ? await imageSbom(values.image, positionals, values) : await directorySbom(positionals[0] ?? '.', values);

  await writeReport(formatter.render(result, { color: false }), values.output);
  if (!values.quiet) {
    warnAbout(result.issues);
    if (values.output) process.stderr.write(`patchline: wrote ${formatter.meta.id} SBOM to ${values.output} (${result.packages.length} packages)\n`);
  }
  return EXIT_OK;
}

async function directorySbom(ref: string, values: { config?: string | undefined; quiet?: boolean | undefined }): Promise<ScanResult> {
  const root = path.resolve(ref);
  await requireDirectory(ref, root);
  const { config } = await loadConfig(root, values.config);
  return runScan({
    root,
    ref,
    config,
    scanners: [],
    catalogers: await loadCatalogers(),
    tool: { name: 'patchline', version: toolVersion() },
    progress: values.quiet ? silentProgress : terminalProgress(),
  });
}

/** `sbom --image REF`: the image's OS and language packages, with its digest and layers. */
async function imageSbom(ref: string, positionals: readonly string[], values: ImageFlags): Promise<ScanResult> {
  if (positionals.length > 0) throw new UsageError(`sbom takes a PATH or --image, not both. Run 'patchline help sbom'.`);
  const { config } = await loadConfig(process.cwd(), values.config && path.resolve(values.config));
  return scanImageRef(ref, values, config, []);
}

/** The cataloger registry, imported only when an SBOM is made (it pulls in every lockfile parser). */
async function loadCatalogers(): Promise<readonly Cataloger[]> {
  try {
    return (await import('../catalogers/registry.js')).catalogers;
  } catch (err) {
    throw new PatchlineError('unsupported', `the package catalogers could not be loaded (${errorMessage(err)}); this build cannot make an SBOM. Rebuild patchline (npm run build) and try again.`, { cause: err });
  }
}

/** A cataloger's problems (a lockfile that would not parse) make the SBOM incomplete: say so on stderr. */
function warnAbout(issues: readonly ScanIssue[]): void {
  const fromCatalogers = issues.filter((i) => i.scanner !== undefined);
  for (const issue of fromCatalogers.slice(0, MAX_WARNINGS)) {
    process.stderr.write(`patchline: warning: ${issue.path ? `${issue.path}: ` : ''}${issue.message}\n`);
  }
  if (fromCatalogers.length > MAX_WARNINGS) {
    process.stderr.write(`patchline: … and ${fromCatalogers.length - MAX_WARNINGS} more warnings\n`);
  }
}

async function requireDirectory(ref: string, root: string): Promise<void> {
  try {
    const st = await stat(root);
    if (!st.isDirectory()) throw new UsageError(`'${ref}' is a file; patchline sbom takes a directory (give the folder that holds the manifests and lockfiles)`);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`'${ref}' does not exist or cannot be read; give the directory to catalog`);
  }
}
