import cvssCalculator from 'ae-cvss-calculator';
import type { Severity } from '../../core/model.js';
import type { OsvSeverity } from '../types.js';

const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = cvssCalculator;

/** A CVSS vector with the base score ae-cvss-calculator computes for it. */
export interface CvssScore {
  /** '2.0', '3.0', '3.1' or '4.0'. */
  version: string;
  vector: string;
  score: number;
}

/** Highest first: a v4 vector beats v3.1, which beats v3.0, which beats v2. */
export const CVSS_PREFERENCE: readonly string[] = ['4.0', '3.1', '3.0', '2.0'];

/**
 * Scores an OSV severity entry of type CVSS_V2/V3/V4. Undefined when it is not a CVSS entry; an Error
 * (returned, not thrown) when the vector is malformed or leaves a base metric undefined.
 */
export function scoreCvss(entry: OsvSeverity): CvssScore | Error | undefined {
  if (typeof entry.type !== 'string' || !entry.type.startsWith('CVSS_V')) return undefined;
  const key = `${entry.type}\0${String(entry.score)}`;
  let scored = scored_.get(key);
  if (scored === undefined) {
    if (scored_.size >= SCORE_CACHE_LIMIT) scored_.clear();
    scored = computeScore(entry);
    scored_.set(key, scored);
  }
  return scored;
}

/** Scoring parses the vector; advisories repeat a few thousand distinct vectors, so scores are kept. */
const scored_ = new Map<string, CvssScore | Error>();
const SCORE_CACHE_LIMIT = 20_000;

function computeScore(entry: OsvSeverity): CvssScore | Error {
  const vector = typeof entry.score === 'string' ? entry.score.trim() : '';
  const version = cvssVersion(entry.type, vector);
  if (!version) return new Error(`${entry.type} entry '${vector.slice(0, 120)}' is not a CVSS vector of that version`);
  try {
    const parsed =
      version === '4.0'
        ? new Cvss4P0(vector)
        : version === '3.1'
          ? new Cvss3P1(vector)
          : version === '3.0'
            ? new Cvss3P0(vector)
            : new Cvss2(vector.replace(/^CVSS:2\.0\//, ''));
    if (!parsed.isBaseFullyDefined()) return new Error(`CVSS ${version} vector '${vector.slice(0, 120)}' does not define every base metric`);
    const scores = parsed.calculateScores();
    // v4's `base` folds in threat metrics (CVSS-BT) when the vector has them; the base score is CVSS-B.
    const base = 'baseMetricsOnly' in scores ? scores.baseMetricsOnly : scores.base;
    if (typeof base !== 'number' || !Number.isFinite(base)) return new Error(`CVSS ${version} vector '${vector.slice(0, 120)}' has no base score`);
    return { version, vector, score: base };
  } catch (err) {
    return new Error(`CVSS ${version} vector '${vector.slice(0, 120)}' cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function cvssVersion(type: string, vector: string): string | undefined {
  if (type === 'CVSS_V4') return vector.startsWith('CVSS:4.0/') ? '4.0' : undefined;
  if (type === 'CVSS_V3') return vector.startsWith('CVSS:3.1/') ? '3.1' : vector.startsWith('CVSS:3.0/') ? '3.0' : undefined;
  if (type === 'CVSS_V2') return /^(CVSS:2\.0\/)?AV:/.test(vector) ? '2.0' : undefined;
  return undefined;
}

/** The qualitative rating of a base score: critical ≥ 9, high ≥ 7, medium ≥ 4, low > 0, else info (CVSS "None"). */
export function severityOfScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

/** The preferred score among several: newest CVSS version first, then the highest score. */
export function preferredCvss(scores: readonly CvssScore[]): CvssScore | undefined {
  return [...scores].sort((a, b) => CVSS_PREFERENCE.indexOf(a.version) - CVSS_PREFERENCE.indexOf(b.version) || b.score - a.score)[0];
}
