import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { lineIndex } from '../../../core/line-index.js';
import { decodeXmlEntities } from '../../../core/xml-entities.js';

/** Reads a pom.xml into the parts a dependency inventory needs, safely: no entities, bounded size and depth. */

export const MAX_POM_CHARS = 5 * 1024 * 1024;

export interface PomDependency {
  groupId?: string;
  artifactId?: string;
  version?: string;
  scope?: string;
  type?: string;
  classifier?: string;
  /** Line of the `<dependency>` element. */
  line?: number;
}

export interface PomParent {
  groupId?: string;
  artifactId?: string;
  version?: string;
  /** As written; undefined when the element is absent (Maven then looks in `../pom.xml`). */
  relativePath?: string;
}

export interface PomModel {
  groupId?: string;
  artifactId?: string;
  version?: string;
  parent?: PomParent;
  properties: Map<string, string>;
  /** `<dependencies>` of the project and of its profiles that are active by default. */
  dependencies: PomDependency[];
  /** `<dependencyManagement>` entries, same sources. */
  managed: PomDependency[];
}

export interface PomParseResult {
  model?: PomModel;
  /** Why the file could not be read; never quotes it. */
  problem?: string;
}

interface XmlObject {
  [key: string]: unknown;
}

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  captureMetaData: true,
  isArray: (name) => name === 'dependency' || name === 'profile',
});
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

function obj(v: unknown): XmlObject | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as XmlObject) : undefined;
}

function text(v: unknown): string | undefined {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v !== 'string') return undefined;
  const t = decodeXmlEntities(v).trim();
  return t === '' ? undefined : t;
}

function list(v: unknown): XmlObject[] {
  return Array.isArray(v) ? v.map(obj).filter((o): o is XmlObject => o !== undefined) : [];
}

function dependencies(container: unknown, lineAt: (offset: number) => number): PomDependency[] {
  return list(obj(container)?.['dependency']).map((d) => {
    const meta = (d as unknown as Record<symbol, { startIndex?: number } | undefined>)[META];
    const dep: PomDependency = {};
    for (const field of ['groupId', 'artifactId', 'version', 'scope', 'type', 'classifier'] as const) {
      const value = text(d[field]);
      if (value !== undefined) dep[field] = value;
    }
    if (meta?.startIndex !== undefined) dep.line = lineAt(meta.startIndex);
    return dep;
  });
}

function properties(container: unknown, into: Map<string, string>): void {
  for (const [key, value] of Object.entries(obj(container) ?? {})) {
    const t = text(value);
    if (t !== undefined) into.set(key, t);
  }
}

function toModel(project: XmlObject, lineAt: (offset: number) => number): PomModel {
  const parentXml = obj(project['parent']);
  const model: PomModel = {
    properties: new Map(),
    dependencies: dependencies(project['dependencies'], lineAt),
    managed: dependencies(obj(project['dependencyManagement'])?.['dependencies'], lineAt),
  };
  for (const field of ['groupId', 'artifactId', 'version'] as const) {
    const value = text(project[field]);
    if (value !== undefined) model[field] = value;
  }
  if (parentXml) {
    const rel = parentXml['relativePath'];
    model.parent = {
      ...(text(parentXml['groupId']) !== undefined && { groupId: text(parentXml['groupId']) }),
      ...(text(parentXml['artifactId']) !== undefined && { artifactId: text(parentXml['artifactId']) }),
      ...(text(parentXml['version']) !== undefined && { version: text(parentXml['version']) }),
      ...(rel !== undefined && { relativePath: text(rel) ?? '' }),
    };
  }
  properties(project['properties'], model.properties);
  for (const profile of list(obj(project['profiles'])?.['profile'])) {
    if (text(obj(profile['activation'])?.['activeByDefault']) !== 'true') continue;
    properties(profile['properties'], model.properties);
    model.dependencies.push(...dependencies(profile['dependencies'], lineAt));
    model.managed.push(...dependencies(obj(profile['dependencyManagement'])?.['dependencies'], lineAt));
  }
  return model;
}

export function parsePom(src: string): PomParseResult {
  if (src.length > MAX_POM_CHARS) return { problem: `larger than ${MAX_POM_CHARS / 1024 / 1024} MiB` };
  if (/<!ENTITY/i.test(src)) return { problem: 'declares XML entities (not expanded, for safety)' };
  const valid = XMLValidator.validate(src);
  if (valid !== true) return { problem: `is not well-formed XML (line ${valid.err.line}, column ${valid.err.col})` };
  let doc: XmlObject;
  try {
    doc = parser.parse(src) as XmlObject;
  } catch {
    return { problem: 'could not be read as XML' };
  }
  const project = doc['project'];
  if (project === undefined) return { problem: 'has no <project> root element' };
  return { model: toModel(obj(project) ?? {}, lineIndex(src)) };
}
