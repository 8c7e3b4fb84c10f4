import type { Severity } from '../../core/model.js';
import { severityRank } from '../../core/model.js';
import type { Advisory, OsvAffected, OsvSeverity } from '../types.js';
import { preferredCvss, scoreCvss, severityOfScore, type CvssScore } from './cvss.js';
import type { AffectedMatch, IssueSink } from './types.js';

/** Where a finding's severity came from, most trusted first. */
export type SeveritySource = 'cvss' | 'database' | 'ecosystem' | 'default';

export interface SeverityVerdict {
  severity: Severity;
  source: SeveritySource;
  cvss?: CvssScore;
}

/**
 * The severity of one vulnerability from every advisory that describes it (aliases merged): a CVSS base
 * score when any advisory carries a vector (v4 > v3.1 > v3.0 > v2, then the highest score); else the
 * database's own rating (GHSA `database_specific.severity`); else the distribution's label (Ubuntu
 * priority, Debian urgency, Red Hat-style "Important:" summaries); else medium, marked `default` so the
 * caller lowers its confidence. Where several advisories rate it, the highest rating wins.
 */
export function severityOf(matches: readonly AffectedMatch[], issues: IssueSink): SeverityVerdict {
  const scores: CvssScore[] = [];
  for (const { advisory, entries } of matches) {
    for (const entry of [...(advisory.severity ?? []), ...entries.flatMap((e) => e.severity ?? [])]) {
      const scored = scoreCvss(entry);
      if (scored instanceof Error) issues.add({ code: 'invalid-advisory', advisory: advisory.id, message: `${advisory.id}: ${scored.message}; severity taken from elsewhere` });
      else if (scored) scores.push(scored);
    }
  }
  const cvss = preferredCvss(scores);
  if (cvss) return { severity: severityOfScore(cvss.score), source: 'cvss', cvss };

  const database = highest(matches.flatMap((m) => [m.advisory.database_specific, ...m.entries.map((e) => e.database_specific)].map((d) => label(d?.['severity']))));
  if (database) return { severity: database, source: 'database' };

  const ecosystem = highest(matches.flatMap((m) => ecosystemLabels(m.advisory, m.entries)));
  if (ecosystem) return { severity: ecosystem, source: 'ecosystem' };

  return { severity: 'medium', source: 'default' };
}

function ecosystemLabels(advisory: Advisory, entries: readonly OsvAffected[]): (Severity | undefined)[] {
  const severities: OsvSeverity[] = [...(advisory.severity ?? []), ...entries.flatMap((e) => e.severity ?? [])];
  return [
    ...severities.filter((s) => s.type === 'Ubuntu').map((s) => label(s.score)),
    ...entries.flatMap((e) => [e.ecosystem_specific?.['ubuntu_priority'], e.ecosystem_specific?.['urgency'], e.database_specific?.['urgency']].map(label)),
    label(advisory.database_specific?.['urgency']),
    label(/^(critical|important|moderate|low):/i.exec(advisory.summary ?? '')?.[1]),
  ];
}

const LABELS: Record<string, Severity> = {
  critical: 'critical',
  high: 'high',
  important: 'high',
  moderate: 'medium',
  medium: 'medium',
  low: 'low',
  negligible: 'info',
  unimportant: 'info',
};

/** A rating word from a database or distribution; anything else ('untriaged', 'not yet assigned') is no rating. */
function label(value: unknown): Severity | undefined {
  return typeof value === 'string' ? LABELS[value.trim().toLowerCase()] : undefined;
}

function highest(values: readonly (Severity | undefined)[]): Severity | undefined {
  return values.filter((v): v is Severity => v !== undefined).sort((a, b) => severityRank(b) - severityRank(a))[0];
}
