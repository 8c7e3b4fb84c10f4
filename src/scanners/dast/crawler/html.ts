import { Parser } from 'htmlparser2';

export interface FormField {
  name: string;
  /** Lower-case input type; 'textarea' and 'select' for those elements. */
  type: string;
  value: string;
  /** select: the option values; radio/checkbox groups keep the first value. */
  options?: string[];
}

export interface HtmlForm {
  /** Absolute URL (the page's own URL when the form has no action). */
  action: string;
  method: 'GET' | 'POST';
  enctype: string;
  fields: FormField[];
}

export interface ParsedPage {
  /** Absolute URLs of links the crawler may follow (a, area, iframe, frame, meta refresh). */
  links: string[];
  forms: HtmlForm[];
  /** Absolute URLs of sub-resources the page loads (script, img, link, iframe …), for mixed-content checks. */
  resources: string[];
}

const LINK_ATTRS: Record<string, string> = { a: 'href', area: 'href', iframe: 'src', frame: 'src' };
const RESOURCE_ATTRS: Record<string, string> = { script: 'src', img: 'src', iframe: 'src', frame: 'src', link: 'href', embed: 'src', object: 'data', audio: 'src', video: 'src', source: 'src' };

interface State extends ParsedPage {
  pageUrl: string;
  base: string;
  form?: HtmlForm;
  select?: FormField;
  textarea?: FormField;
}

/** Links, forms and sub-resources of an HTML page, resolved against the page URL (and its <base>). */
export function parseHtml(html: string, pageUrl: string): ParsedPage {
  const state: State = { pageUrl, base: pageUrl, links: [], forms: [], resources: [] };
  const parser = new Parser(
    {
      onopentag: (name, attrs) => openTag(state, name, attrs),
      ontext(text) {
        if (state.textarea) state.textarea.value += text;
      },
      onclosetag(name) {
        if (name === 'form') state.form = undefined;
        if (name === 'textarea') state.textarea = undefined;
        if (name === 'select') state.select = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { links: unique(state.links), forms: state.forms, resources: unique(state.resources) };
}

function openTag(state: State, name: string, attrs: Record<string, string>): void {
  const resolve = (ref: string | undefined): string | undefined => absolute(ref, state.base);
  if (name === 'base' && attrs.href) state.base = resolve(attrs.href) ?? state.base;
  const linkAttr = LINK_ATTRS[name];
  const link = linkAttr ? resolve(attrs[linkAttr]) : undefined;
  if (link) state.links.push(link);
  const resAttr = RESOURCE_ATTRS[name];
  const resource = resAttr && (name !== 'link' || /stylesheet|icon|preload|manifest/i.test(attrs.rel ?? '')) ? resolve(attrs[resAttr]) : undefined;
  if (resource) state.resources.push(resource);
  if (name === 'meta' && /refresh/i.test(attrs['http-equiv'] ?? '')) {
    const target = resolve(/url\s*=\s*['"]?([^'"]+)/i.exec(attrs.content ?? '')?.[1]);
    if (target) state.links.push(target);
  }
  if (name === 'form') {
    const action = resolve(attrs.action || state.pageUrl) ?? state.pageUrl;
    const enctype = (attrs.enctype ?? 'application/x-www-form-urlencoded').toLowerCase();
    state.form = { action, method: /^post$/i.test(attrs.method ?? '') ? 'POST' : 'GET', enctype, fields: [] };
    state.forms.push(state.form);
  }
  if (name === 'option' && state.select) {
    state.select.options!.push(attrs.value ?? '');
    if (state.select.options!.length === 1 || 'selected' in attrs) state.select.value = attrs.value ?? '';
  }
  const form = state.form;
  if (!form || !attrs.name || 'disabled' in attrs) return;
  if (name === 'input') addInput(form, attrs);
  if (name === 'textarea') form.fields.push((state.textarea = { name: attrs.name, type: 'textarea', value: '' }));
  if (name === 'select') form.fields.push((state.select = { name: attrs.name, type: 'select', value: '', options: [] }));
}

function addInput(form: HtmlForm, attrs: Record<string, string>): void {
  const type = (attrs.type ?? 'text').toLowerCase();
  if (type === 'submit' || type === 'button' || type === 'reset' || type === 'image') return;
  const existing = form.fields.find((f) => f.name === attrs.name);
  if (existing && (type === 'radio' || type === 'checkbox')) return;
  form.fields.push({ name: attrs.name!, type, value: attrs.value ?? (type === 'checkbox' || type === 'radio' ? 'on' : '') });
}

function absolute(ref: string | undefined, base: string): string | undefined {
  if (!ref) return undefined;
  const trimmed = ref.trim();
  if (!trimmed || /^(javascript|mailto|tel|data):/i.test(trimmed) || trimmed.startsWith('#')) return undefined;
  try {
    const url = new URL(trimmed, base);
    url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
