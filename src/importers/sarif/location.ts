import type { FileLocation } from '../../core/model.js';
import { asArray, asPositiveInt, asRecord, asString, clipSnippet, decodeSafe, reportPath } from '../report-fields.js';
import { textOf } from './rules.js';

type Json = Record<string, unknown>;

/** What a run knows for resolving URIs: its base ids and artifacts. */
export interface RunFiles {
  bases: Json;
  artifacts: unknown[];
  root: string | undefined;
}

export function runFiles(run: Json, root: string | undefined): RunFiles {
  return { bases: asRecord(run.originalUriBaseIds) ?? {}, artifacts: asArray(run.artifacts), root };
}

/** The file span of a SARIF location (its physicalLocation), or undefined when it names no file. */
export function fileLocation(location: unknown, files: RunFiles): FileLocation | undefined {
  const physical = asRecord(asRecord(location)?.physicalLocation);
  if (!physical) return undefined;
  const file = artifactPath(asRecord(physical.artifactLocation), files);
  if (!file) return undefined;
  const region = asRecord(physical.region) ?? {};
  const context = asRecord(physical.contextRegion);
  const startLine = asPositiveInt(region.startLine) ?? 1;
  const endLine = asPositiveInt(region.endLine);
  const startColumn = asPositiveInt(region.startColumn);
  const endColumn = asPositiveInt(region.endColumn);
  const snippet = textOf(region.snippet) ?? contextLine(context, startLine);
  return {
    kind: 'file',
    path: file,
    startLine,
    ...(startColumn && { startColumn }),
    ...(endLine && endLine > startLine && { endLine }),
    ...(endColumn && { endColumn }),
    ...(snippet !== undefined && { snippet: clipSnippet(snippet) }),
  };
}

/** The flagged line out of a context region's snippet (CodeQL gives a few lines around it). */
function contextLine(context: Json | undefined, line: number): string | undefined {
  const text = textOf(context?.snippet);
  const first = asPositiveInt(context?.startLine);
  if (text === undefined || first === undefined) return undefined;
  return text.split('\n')[line - first];
}

/** An artifactLocation → a path: `uri` resolved through `uriBaseId`/`originalUriBaseIds`, else the artifact's. */
function artifactPath(artifact: Json | undefined, files: RunFiles, depth = 0): string | undefined {
  if (!artifact || depth > 4) return undefined;
  const uri = asString(artifact.uri);
  if (uri === undefined) {
    const index = artifact.index;
    const entry = typeof index === 'number' ? asRecord(files.artifacts[index]) : undefined;
    return artifactPath(asRecord(entry?.location), files, depth + 1);
  }
  const base = baseUri(asString(artifact.uriBaseId), files, 0);
  return reportPath(resolveUri(uri, base), files.root);
}

/** The absolute URI a base id stands for, when the report says (bases may chain); else undefined. */
function baseUri(id: string | undefined, files: RunFiles, depth: number): string | undefined {
  if (!id || depth > 4) return undefined;
  const entry = asRecord(files.bases[id]);
  const uri = asString(entry?.uri);
  if (!uri) return undefined;
  const parent = baseUri(asString(entry?.uriBaseId), files, depth + 1);
  const resolved = resolveUri(uri, parent);
  return /^[a-z][a-z0-9+.-]*:/i.test(resolved) ? resolved : undefined;
}

function resolveUri(uri: string, base: string | undefined): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri) && !/^[A-Za-z]:[\\/]/.test(uri)) return uri;
  if (base) {
    try {
      return new URL(uri, base.endsWith('/') ? base : `${base}/`).href;
    } catch {
      // fall through: keep the relative uri
    }
  }
  return decodeSafe(uri);
}

/** `source (a.py:3) → sink (b.py:9), 5 steps` for the first thread flow of the first code flow. */
export function flowSummary(result: Json, files: RunFiles): string | undefined {
  const flow = asRecord(asArray(result.codeFlows)[0]);
  const thread = asRecord(asArray(flow?.threadFlows)[0]);
  const steps = asArray(thread?.locations).map((s) => asRecord(asRecord(s)?.location)).filter((l): l is Json => l !== undefined);
  if (steps.length < 2) return undefined;
  const describe = (l: Json): string => {
    const loc = fileLocation(l, files);
    const where = loc ? `${loc.path}:${loc.startLine}` : '?';
    const label = textOf(l.message);
    return label ? `${label.trim().slice(0, 80)} (${where})` : where;
  };
  return `${describe(steps[0]!)} → ${describe(steps[steps.length - 1]!)}, ${steps.length} steps`;
}
