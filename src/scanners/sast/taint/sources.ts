/**
 * Taint sources and general sanitizers as data. Names are qualified after import resolution
 * (`from flask import request` makes `request.args` read `flask.request.args`).
 */

/** Attribute chains that carry request data; anything read from them (`.get(...)`, `[...]`) is tainted. */
export const SOURCE_ATTRIBUTES: readonly string[] = [
  ...['args', 'form', 'values', 'json', 'get_json', 'get_data', 'cookies', 'headers', 'files', 'data', 'path', 'full_path', 'url', 'query_string', 'stream']
    .map((a) => `flask.request.${a}`),
  ...['GET', 'POST', 'COOKIES', 'META', 'FILES', 'body', 'headers', 'path'].map((a) => `request.${a}`),
  'sys.argv',
];

/** Sources that are the local user's own input (command line, terminal), not a remote caller's. */
export const LOCAL_SOURCES: ReadonlySet<string> = new Set(['sys.argv', 'input', 'builtins.input']);

/** Calls whose result is user input. */
export const SOURCE_CALLS: readonly string[] = ['input', 'builtins.input'];

/** Calls whose result carries no user-controlled text whatever the argument: casts, counts, URL building. */
export const GENERAL_SANITIZERS: ReadonlySet<string> = new Set([
  'int', 'float', 'bool', 'len', 'abs', 'round', 'hash', 'id', 'isinstance', 'callable',
  'uuid.UUID', 'flask.url_for', 'werkzeug.utils.secure_filename', 'werkzeug.secure_filename',
]);

/** Flask route converters that only let digits through. */
export const SAFE_ROUTE_CONVERTERS: ReadonlySet<string> = new Set(['int', 'float', 'uuid']);

/** Decorator methods that bind URL parts to function parameters (`@app.route('/f/<name>')`). */
export const ROUTE_DECORATORS: ReadonlySet<string> = new Set(['route', 'get', 'post', 'put', 'patch', 'delete']);

/** Expression types whose value is a boolean whatever their operands: no text flows through them. */
export const BOOLEAN_EXPRESSIONS: ReadonlySet<string> = new Set(['comparison_operator', 'not_operator']);

/** Is this qualified attribute chain a source or something read from one (`flask.request.args.get`)? */
export function isSourceAttribute(name: string): boolean {
  return SOURCE_ATTRIBUTES.some((s) => name === s || name.startsWith(`${s}.`));
}

/** A check that makes a value safe for some sinks only; `note` becomes a step of the taint, which those sinks list as a sanitizer. */
export interface GuardMark {
  note: string;
  /** The check counts only for a value that already passed one of these calls (a prefix test after `realpath`). */
  after?: readonly string[];
}

/** Calls that resolve `..` in a path, so that a prefix test on the result confines it to a directory. */
export const PATH_NORMALIZERS: readonly string[] = ['os.path.realpath', 'os.path.abspath', 'os.path.normpath', 'posixpath.normpath'];

export const GUARD_MARKS = {
  /** `urlparse(x).hostname in ALLOWED_HOSTS`: safe to fetch or redirect to, not to open or run. */
  host: { note: 'host allow-list check' },
  /** `if urlparse(x).netloc: x = "/"`: a URL on this site, safe to redirect to. */
  relative: { note: 'relative URL check' },
  /** `if not path.startswith(base): abort()` after `os.path.realpath`: confined to `base`. */
  contained: { note: 'contained path check', after: PATH_NORMALIZERS },
} as const satisfies Record<string, GuardMark>;
