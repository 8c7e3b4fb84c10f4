import { GUARD_MARKS } from '../taint/sources.js';
import { codeRule, type PythonRule } from './rule.js';
import type { SinkSpec } from './support/sinks.js';
import { taintedSinkCalls, taintMatch } from './support/taint-sinks.js';

export const redirectSinks: readonly SinkSpec[] = [
  {
    calls: ['flask.redirect', 'werkzeug.utils.redirect', 'django.shortcuts.redirect', 'django.http.HttpResponseRedirect', 'django.http.HttpResponsePermanentRedirect'],
    arg: { index: 0, keyword: 'location' },
    sanitizers: [GUARD_MARKS.host.note, GUARD_MARKS.relative.note],
  },
];

export const openRedirect: PythonRule = {
  meta: codeRule({
    id: 'sast.python.open-redirect',
    title: 'Redirect to a URL from user input',
    description:
      'The redirect target comes from the request (e.g. ?next=): a link to this site can send the user on to any other site, which phishing relies on.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-601'],
    owasp: ['A01:2021'],
    help: 'Redirect only to local paths: build the target with url_for, or accept `next` only when urlparse(next) has no scheme and no netloc (and does not start with //).',
    tags: ['semgrep:python.flask.security.open-redirect.open-redirect'],
  }),
  check(file) {
    return taintedSinkCalls(file, redirectSinks, { remoteOnly: true }).map((h) => taintMatch(file, h, 'Redirect target from user input'));
  },
};
