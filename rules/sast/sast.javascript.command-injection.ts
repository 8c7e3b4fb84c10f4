import { exec, execFile, type ExecException } from 'node:child_process';
import type { Request, Response } from 'express';

type Callback = (error: ExecException | null, stdout: string) => void;

export function ping(req: Request, res: Response): void {
  const host = req.query.host as string;
  const done: Callback = (_e, out) => res.send(out);
  // ruleid: sast.javascript.command-injection
  exec(`ping -c 1 ${host}`, done);
  // ok: sast.javascript.command-injection
  execFile('ping', ['-c', '1', host], done);
  // ok: sast.javascript.command-injection
  exec('uptime' satisfies string, done);
}
