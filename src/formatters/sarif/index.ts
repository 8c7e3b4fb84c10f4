import type { ScanResult } from '../../core/model.js';
import { stringifySafe } from '../shared/stringify.js';
import type { Formatter, RenderOptions } from '../types.js';
import { invocation } from './invocation.js';
import { sarifResult } from './results.js';
import { firedRules } from './rules.js';
import type { SarifLog } from './sarif-types.js';
import { SRCROOT, srcRootUri } from './uri.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/patchline/patchline';
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** One SARIF 2.1.0 run, shaped for GitHub code scanning. */
export function toSarif(result: ScanResult, options: Pick<RenderOptions, 'rules'> = {}): SarifLog {
  const { rules, index } = firedRules(result.findings, options.rules);
  const root = srcRootUri(result.target);
  const version = result.tool.version;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'patchline',
            informationUri: INFORMATION_URI,
            version,
            ...(SEMVER.test(version) && { semanticVersion: version }),
            rules,
          },
        },
        invocations: [invocation(result)],
        ...(root && { originalUriBaseIds: { [SRCROOT]: { uri: root } } }),
        results: result.findings.map((f) => sarifResult(f, index.get(f.ruleId) ?? -1)),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export const sarifFormatter = {
  meta: {
    id: 'sarif',
    version: '1.0.0',
    summary: 'SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.',
  },
  extension: 'sarif',
  render(result: ScanResult, options: RenderOptions): string {
    return stringifySafe(toSarif(result, options));
  },
} satisfies Formatter;
