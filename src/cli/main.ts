import { helpText } from './help.js';
import { toolVersion } from './version.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/**
 * Entry point. Only help and version are loaded eagerly; each command is imported when it runs,
 * which keeps `patchline --version` start-up close to Node's own.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        return printHelp(rest[0]);
      case 'version':
      case '--version':
      case '-V':
        process.stdout.write(`patchline ${toolVersion()}\n`);
        return EXIT_OK;
      case 'scan':
        return await (await import('./scan.js')).scanCommand(rest);
      case 'image':
        return await (await import('./image.js')).imageCommand(rest);
      case 'dast':
        return await (await import('./dast.js')).dastCommand(rest);
      case 'rules':
        return await (await import('./rules.js')).rulesCommand(rest);
      case 'db':
        return await (await import('./db.js')).dbCommand(rest);
      case 'sbom':
        return await (await import('./sbom.js')).sbomCommand(rest);
      case 'import':
        return await (await import('./import.js')).importCommand(rest);
      case 'fix':
        return await (await import('./fix.js')).fixCommand(rest);
      default:
        process.stderr.write(`patchline: unknown command '${command}'. Run 'patchline help' for the list of commands.\n`);
        return EXIT_ERROR;
    }
  } catch (err) {
    return reportError(err);
  }
}

function printHelp(topic: string | undefined): number {
  const text = helpText(topic);
  if (text === undefined) {
    process.stderr.write(`patchline: no help for '${topic}'. Run 'patchline help' for the list of commands.\n`);
    return EXIT_ERROR;
  }
  process.stdout.write(`${text}\n`);
  return EXIT_OK;
}

async function reportError(err: unknown): Promise<number> {
  const { PatchlineError, errorMessage } = await import('../core/errors.js');
  if (err instanceof PatchlineError) {
    process.stderr.write(`patchline: ${err.code === 'usage' ? '' : `${err.code} error: `}${err.message}\n`);
  } else {
    process.stderr.write(`patchline: internal error: ${errorMessage(err)}\nThis is a bug; please report it with the command you ran.\n`);
    if (process.env.PATCHLINE_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  }
  return EXIT_ERROR;
}
