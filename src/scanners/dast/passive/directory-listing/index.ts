import type { RuleMeta } from '../../../../core/model.js';
import type { PassiveRule } from '../../types.js';
import { hitAt, isHtmlPage } from '../shared/exchange.js';

const LISTING: RuleMeta = {
  id: 'web.directory-listing',
  title: 'Directory listing enabled',
  description: 'The server lists the files of a directory, exposing backups, sources and data that no page links to.',
  severity: 'medium',
  category: 'web',
  confidence: 'high',
  cwe: ['CWE-548'],
  help: 'Turn off automatic indexes (nginx: autoindex off; Apache: Options -Indexes; Express: no serve-index) and put an index page where one is wanted.',
  tags: ['zap:10033'],
  owasp: ['A01:2021'],
  references: ['https://cwe.mitre.org/data/definitions/548.html'],
};

/** Apache/nginx, Python http.server, IIS, Express serve-index, Tomcat, lighttpd. */
const LISTINGS = [
  /<title>Index of \/[^<]*<\/title>/i,
  /<title>Directory listing for \/[^<]*<\/title>/i,
  /\[To Parent Directory\]<\/A>/i,
  /<title>listing directory \/[^<]*<\/title>/i,
  /<title>Directory Listing For \/[^<]*<\/title>/i,
];

export const directoryListingRule = {
  meta: { id: 'directory-listing', version: '0.1.0', summary: 'Automatic directory indexes (Apache, nginx, IIS, Python http.server, Express serve-index, Tomcat).' },
  rules: [LISTING],
  check(exchange, ctx) {
    if (!isHtmlPage(exchange) || exchange.response.status >= 400) return [];
    const m = LISTINGS.map((re) => re.exec(exchange.response.body)).find(Boolean);
    const path = new URL(exchange.request.url).pathname;
    if (!m || !ctx.firstTime(`listing ${path}`)) return [];
    return [hitAt(LISTING, exchange, `${path} answers with a directory listing`, { evidence: m[0] })];
  },
} satisfies PassiveRule;
