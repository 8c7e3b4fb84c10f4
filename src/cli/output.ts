import { rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PatchlineError } from '../core/errors.js';

/** Colours only on a terminal, never with NO_COLOR (any value) or TERM=dumb; FORCE_COLOR forces them. */
export function useColor(stream: NodeJS.WriteStream = process.stdout, env = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

/** Writes a report to a file atomically (a reader never sees half a report), or to stdout. */
export async function writeReport(text: string, file?: string): Promise<void> {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (!file) {
    await new Promise<void>((resolve, reject) => process.stdout.write(body, (err) => (err ? reject(err) : resolve())));
    return;
  }
  try {
    // A device, FIFO or socket (/dev/null, /dev/stdout, a named pipe) is written to, never renamed over:
    // as root, a rename would replace /dev/null with a regular file for every process on the machine.
    if (await isSpecialFile(file)) {
      await writeFile(file, body);
      return;
    }
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    await writeFile(tmp, body, { mode: 0o644 });
    await rename(tmp, file);
  } catch (err) {
    throw new PatchlineError('io', `cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? err}. Check that its folder exists and is writable.`, { cause: err });
  }
}

async function isSpecialFile(file: string): Promise<boolean> {
  try {
    const info = await stat(file);
    return !info.isFile() && !info.isDirectory();
  } catch {
    return false;
  }
}
