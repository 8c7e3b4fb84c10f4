import type { RuleMeta } from '../../core/model.js';
import type { Scanner } from '../types.js';
import { activeRules } from './active/registry.js';
import { passiveRules } from './passive/registry.js';
import { scanTarget } from './scan.js';

export const dastScanner = {
  meta: {
    id: 'dast',
    version: '0.1.0',
    summary: 'Scans a running web application: crawls it, checks every response (headers, cookies, leaks) and, with --active, attacks its parameters.',
  },
  get rules(): readonly RuleMeta[] {
    return [...passiveRules, ...activeRules].flatMap((r) => r.rules);
  },
  // A URL scanner: it reads no files.
  matches: (_path: string) => false,
  scanUrl: (ctx) => scanTarget(ctx),
} satisfies Scanner;
