import type { RuleMeta } from '../../core/model.js';
import type { Scanner } from '../types.js';
import { defaultEngine } from './engine.js';
import { wantsFile } from './file-filter.js';
import { scanSecrets } from './scan.js';

export const secretsScanner = {
  meta: {
    id: 'secrets',
    version: '0.1.0',
    summary: 'Finds hard-coded credentials: provider keys and tokens, private keys, passwords in URLs and assignments.',
  },
  /** Read from rules/secrets on first access. */
  get rules(): readonly RuleMeta[] {
    return defaultEngine().rules.map((r) => r.meta);
  },
  matches: wantsFile,
  scanFile(file) {
    return scanSecrets(file.text, file.path);
  },
} satisfies Scanner;
