import { UsageError } from '../../core/errors.js';
import type { ImportOutput } from '../types.js';
import { fetchSonarQube, type SonarQubeFetchOptions } from './client.js';
import { bundleToOutput, gateProperties } from './output.js';

export interface SonarQubeImportOptions extends Omit<SonarQubeFetchOptions, 'baseUrl' | 'projectKey' | 'token'> {
  /** Defaults to `env.SONAR_TOKEN`. */
  token?: string;
  /** Plain http, when the user asks for it (the `sonarqube+http://` form does the same). */
  insecure?: boolean;
  /** Import bugs and code smells too, not only security problems. */
  includeNonSecurity?: boolean;
  /** Where SONAR_TOKEN is read; defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface SonarQubeRef {
  baseUrl: string;
  projectKey: string;
  branch?: string;
}

const REF = /^sonarqube(?:\+(https?))?:\/\/([^/?#@]+)(\/[^?#]*)(?:\?([^#]*))?$/i;

/**
 * `sonarqube://HOST[:PORT][/CONTEXT]/PROJECT_KEY[?branch=NAME]`: https unless `sonarqube+http://` or
 * `insecure`. The last path segment is the project key (URL-encoded if it holds a slash).
 */
export function parseSonarQubeRef(ref: string, insecure = false): SonarQubeRef {
  const m = REF.exec(ref.trim());
  if (!m) throw new UsageError(`"${ref}" is not a SonarQube reference; write sonarqube://HOST[:PORT]/PROJECT_KEY (sonarqube+http://… for plain http)`);
  const scheme = m[1]?.toLowerCase() ?? (insecure ? 'http' : 'https');
  const segments = m[3]!.split('/').filter(Boolean);
  const key = segments.pop();
  if (!key) throw new UsageError(`"${ref}" names no project key; write sonarqube://HOST[:PORT]/PROJECT_KEY`);
  const branch = new URLSearchParams(m[4] ?? '').get('branch');
  return {
    baseUrl: `${scheme}://${m[2]}/${segments.map((s) => `${s}/`).join('')}`,
    projectKey: decodeURIComponent(key),
    ...(branch && { branch }),
  };
}

/** Fetches a project from a SonarQube server and maps it like an imported report, gate status included. */
export async function importSonarQube(ref: string, options: SonarQubeImportOptions = {}): Promise<ImportOutput> {
  const { token: given, insecure, env, includeNonSecurity, ...rest } = options;
  const target = parseSonarQubeRef(ref, insecure);
  const token = given ?? (env ?? process.env).SONAR_TOKEN;
  const branch = target.branch ?? rest.branch;
  const result = await fetchSonarQube({
    ...rest,
    baseUrl: target.baseUrl,
    projectKey: target.projectKey,
    ...(includeNonSecurity && { types: ['VULNERABILITY', 'BUG', 'CODE_SMELL'] as const }),
    ...(token && { token }),
    ...(branch && { branch }),
  });
  const bundle = { ...result, projectKey: target.projectKey, ...(branch && { branch }) };
  const out = bundleToOutput(bundle, { checkComplete: false, ...(includeNonSecurity && { includeNonSecurity }) });
  const issues = [...(out.issues ?? []), ...result.issues];
  if (token && target.baseUrl.startsWith('http:')) {
    issues.push({ code: 'sonarqube-insecure', message: `the SonarQube token was sent over plain http to ${new URL(target.baseUrl).host}; use https outside a trusted network` });
  }
  return { findings: out.findings, issues, properties: { ...out.properties, ...gateProperties(result.qualityGate) } };
}
