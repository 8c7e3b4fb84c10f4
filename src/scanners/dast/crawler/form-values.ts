import type { HttpRequestSpec } from '../types.js';
import type { FormField, HtmlForm } from './html.js';

/** A plausible value per input type, so server-side validation lets the request through to the code. */
const SAMPLE_VALUES: Record<string, string> = {
  email: 'patchline@example.com',
  password: 'Patchline-Scan-1',
  number: '1',
  range: '1',
  tel: '5555550100',
  date: '2024-01-01',
  'datetime-local': '2024-01-01T12:00',
  month: '2024-01',
  week: '2024-W01',
  time: '12:00',
  color: '#336699',
  search: 'patchline',
  text: 'patchline',
  textarea: 'patchline',
};

/** Forms whose submission would change state the scan must not change (delete, log out …). */
const DESTRUCTIVE_ACTION = /(delete|remove|destroy|drop|purge|logout|log-out|signout|sign-out)/i;

/**
 * What a URL input gets: the discard port of the server's own loopback. A form that fetches what it is
 * given (a link preview, a webhook) then fails at once, without reaching a third-party site and without
 * fetching the application's own pages (which would mix their findings into this form's).
 */
export const SAMPLE_URL = 'http://127.0.0.1:9/';

/** The value the crawler fills in for a field a user would type into. */
export function fieldValue(field: FormField): string {
  if (field.value !== '' || field.type === 'hidden') return field.value;
  if (field.type === 'select') return field.options?.find((o) => o !== '') ?? '';
  const byName = field.type === 'text' || field.type === 'textarea' ? NAME_HINTS.find(([re]) => re.test(field.name))?.[1] : undefined;
  const kind = byName ?? field.type;
  if (kind === 'url') return SAMPLE_URL;
  return SAMPLE_VALUES[kind] ?? SAMPLE_VALUES.text!;
}

/** A plain text input whose name says what it wants. */
const NAME_HINTS: [RegExp, string][] = [
  [/mail/i, 'email'],
  [/url|website|homepage|link/i, 'url'],
  [/phone|mobile|tel/i, 'tel'],
  [/^(age|qty|quantity|amount|count|number)$/i, 'number'],
];

/** The request a browser would send for this form, or undefined for forms the crawler does not submit. */
export function formRequest(form: HtmlForm): HttpRequestSpec | undefined {
  if (DESTRUCTIVE_ACTION.test(new URL(form.action).pathname)) return undefined;
  // File uploads need multipart bodies and real files; the crawler leaves them to the active rules' discretion.
  if (form.enctype.startsWith('multipart/') || form.fields.some((f) => f.type === 'file')) return undefined;
  const params = new URLSearchParams(form.fields.map((f) => [f.name, fieldValue(f)]));
  if (form.method === 'GET') {
    const url = new URL(form.action);
    for (const [k, v] of params) url.searchParams.set(k, v);
    return { method: 'GET', url: url.href };
  }
  return { method: 'POST', url: form.action, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: params.toString() };
}
