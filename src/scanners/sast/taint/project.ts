import { parseSource } from '../engine/parser.js';
import { PythonFile } from '../engine/python/context.js';
import type { SourceFile } from '../../types.js';
import { moduleFunctionNames, summaryOf } from './summaries.js';

/** What a function of another module of the app passes from its parameters to its return value. */
export interface ExternalSummary {
  params: string[];
  /** Parameters whose value reaches a `return`. */
  flowing: string[];
}

/** Module (dotted, every suffix of its path that names only it) → function → summary. Plain data: it goes to worker threads. */
export interface ProjectSummaries {
  modules: Record<string, Record<string, ExternalSummary>>;
}

/** Modules summarised at most, and functions per module: the pass covers an app's helpers, not a library. */
const MAX_MODULES = 300;
const MAX_FUNCTIONS = 300;
/** A file of a web app (it imports a web framework): its imports are the modules worth summarising. */
const WEB_FRAMEWORK = /^[ \t]*(?:from|import)[ \t]+(?:flask|django|werkzeug|fastapi|starlette|bottle|pyramid|tornado|aiohttp|falcon|quart|sanic)\b/m;
const IMPORT_LINE = /^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+([^\n#]+)|import[ \t]+([^\n#]+))/gm;

/**
 * The pre-pass over the Python files of a tree: the modules imported by a file of a web app (one that
 * imports Flask, Django, FastAPI …) are parsed once, and their top-level functions summarised (which parameters reach a return), so a
 * view calling `helpers.build_query(request.args["q"])` sees the taint come back. Bounded in modules and
 * functions; a module that does not parse contributes what it can.
 */
export function prepareProject(files: readonly SourceFile[]): ProjectSummaries {
  const byKey = moduleKeys(files.map((f) => f.path));
  const wanted = new Set<string>();
  for (const file of files) {
    if (!WEB_FRAMEWORK.test(file.text)) continue;
    for (const name of importedModules(file)) {
      const path = byKey.get(name);
      if (path && path !== file.path) wanted.add(path);
    }
  }
  const summaries = new Map<string, Record<string, ExternalSummary>>();
  for (const file of files) {
    if (!wanted.has(file.path) || summaries.size >= MAX_MODULES) continue;
    summaries.set(file.path, summariseModule(file));
  }
  const modules: Record<string, Record<string, ExternalSummary>> = {};
  for (const [key, path] of byKey) {
    const functions = summaries.get(path);
    if (functions && Object.keys(functions).length > 0) modules[key] = functions;
  }
  return { modules };
}

/** The summary of `module.function` (`helpers.build_query`, leading dots of a relative import dropped). */
export function externalSummary(project: ProjectSummaries | undefined, qualified: string): ExternalSummary | undefined {
  if (!project) return undefined;
  const name = qualified.replace(/^\.+/, '');
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return Object.hasOwn(project.modules, name.slice(0, dot)) ? project.modules[name.slice(0, dot)]![name.slice(dot + 1)] : undefined;
}

/** Relative imports the engine does not resolve (`from .helpers import build_query`): local name → `helpers.build_query`. */
export function relativeImports(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(IMPORT_LINE)) {
    if (!m[1]?.startsWith('.') || m[1].replace(/^\.+/, '') === '') continue;
    for (const part of m[2]!.replace(/[()\\]/g, '').split(',')) {
      const [target, alias] = part.trim().split(/\s+as\s+/);
      if (target) out.set(alias ?? target, `${m[1].replace(/^\.+/, '')}.${target}`);
    }
  }
  return out;
}

function importedModules(file: SourceFile): string[] {
  const out: string[] = [];
  for (const m of file.text.matchAll(IMPORT_LINE)) {
    if (m[1] !== undefined) {
      const base = m[1].replace(/^\.+/, '');
      if (base) out.push(base);
      // `from pkg import helpers` may name a module too.
      for (const part of m[2]!.replace(/[()\\]/g, '').split(',')) {
        const target = part.trim().split(/\s+/)[0];
        if (target) out.push(base ? `${base}.${target}` : target);
      }
    } else {
      for (const part of m[3]!.split(',')) out.push(part.trim().split(/\s+/)[0] ?? '');
    }
  }
  return out.filter((n) => n.length > 0);
}

/** Every dotted suffix of each module path that names one file only (`app/helpers.py` → `app.helpers`, `helpers`). */
function moduleKeys(paths: readonly string[]): Map<string, string> {
  const owners = new Map<string, string | null>();
  for (const path of paths) {
    const parts = path.replace(/\.py$/, '').replace(/\/__init__$/, '').split('/');
    for (let i = 0; i < parts.length; i++) {
      const key = parts.slice(i).join('.');
      owners.set(key, owners.has(key) && owners.get(key) !== path ? null : path);
    }
  }
  return new Map([...owners].filter((e): e is [string, string] => e[1] !== null));
}

function summariseModule(source: SourceFile): Record<string, ExternalSummary> {
  const parsed = parseSource(source.text, 'python');
  if (!parsed.tree) return {};
  const file = new PythonFile(source.path, source.text, parsed.tree);
  const out: Record<string, ExternalSummary> = {};
  for (const name of moduleFunctionNames(file).slice(0, MAX_FUNCTIONS)) {
    const summary = summaryOf(file, name);
    if (summary) out[name] = { params: summary.params, flowing: [...summary.flowing] };
  }
  return out;
}

const attached = new WeakMap<PythonFile, { project: ProjectSummaries; relative?: Map<string, string> }>();

/** Makes the app's summaries (the scanner's pre-pass) available to the taint analysis of one file. */
export function attachProject(file: PythonFile, project: ProjectSummaries | undefined): void {
  if (project && Object.keys(project.modules).length > 0) attached.set(file, { project });
}

/** The summary of a function of another module that a call in `file` names (`helpers.build_query`, or `build_query` imported relatively). */
export function projectSummaryOf(file: PythonFile, callName: string): ExternalSummary | undefined {
  const entry = attached.get(file);
  if (!entry) return undefined;
  if (callName.includes('.')) return externalSummary(entry.project, callName);
  entry.relative ??= relativeImports(file.text);
  const qualified = entry.relative.get(callName);
  return qualified ? externalSummary(entry.project, qualified) : undefined;
}
