import { describe, expect, it } from 'vitest';
import { robotsUrls, sitemapUrls } from './discovery.js';
import { fieldValue, formRequest } from './form-values.js';
import { parseHtml } from './html.js';

const PAGE = `<!doctype html><html><head><base href="/app/"><meta http-equiv="refresh" content="5; url=next">
<script src="http://cdn.example/a.js"></script><link rel="stylesheet" href="s.css"><link rel="canonical" href="/c"></head>
<body><a href="page?x=1#top">p</a><a href="javascript:alert(1)">js</a><a href="mailto:a@b.c">m</a><a href="#frag">f</a>
<form method="POST" action="save"><input type="hidden" name="csrf" value="t0k"><input type="email" name="mail">
<input type="number" name="n"><input type="checkbox" name="c"><input type="checkbox" name="c" value="2"><input name="off" disabled>
<textarea name="body">hello &amp; bye</textarea><select name="s"><option value="">-</option><option value="b" selected>B</option></select>
<input type="submit" name="go" value="Go"></form>
<form action="/delete-account" method="post"><input name="id"></form>
<form enctype="multipart/form-data" method="post"><input type="file" name="f"></form></body></html>`;

describe('parseHtml', () => {
  const page = parseHtml(PAGE, 'http://127.0.0.1:5000/start');

  it('resolves links against <base>, drops fragments and non-HTTP schemes, follows meta refresh', () => {
    expect(page.links).toEqual(['http://127.0.0.1:5000/app/next', 'http://127.0.0.1:5000/app/page?x=1']);
  });

  it('collects sub-resources (scripts, stylesheets), not canonical links', () => {
    expect(page.resources).toEqual(['http://cdn.example/a.js', 'http://127.0.0.1:5000/app/s.css']);
  });

  it('reads forms with their fields, skipping buttons, disabled fields and repeated checkboxes', () => {
    const [save] = page.forms;
    expect(save).toMatchObject({ action: 'http://127.0.0.1:5000/app/save', method: 'POST' });
    expect(save!.fields.map((f) => `${f.name}:${f.type}=${f.value}`)).toEqual(['csrf:hidden=t0k', 'mail:email=', 'n:number=', 'c:checkbox=on', 'body:textarea=hello & bye', 's:select=b']);
  });
});

describe('form values', () => {
  it('fills inputs with values their type accepts', () => {
    expect(fieldValue({ name: 'mail', type: 'email', value: '' })).toBe('patchline@example.com');
    expect(fieldValue({ name: 'when', type: 'date', value: '' })).toBe('2024-01-01');
    expect(fieldValue({ name: 'contact_email', type: 'text', value: '' })).toBe('patchline@example.com');
    expect(fieldValue({ name: 'kept', type: 'text', value: 'as is' })).toBe('as is');
    expect(fieldValue({ name: 's', type: 'select', value: '', options: ['', 'x'] })).toBe('x');
  });

  it('gives URL inputs a loopback discard address, never a third-party site', () => {
    expect(fieldValue({ name: 'target', type: 'url', value: '' })).toBe('http://127.0.0.1:9/');
    expect(fieldValue({ name: 'homepage', type: 'text', value: '' })).toBe('http://127.0.0.1:9/');
  });

  it('builds the request a browser sends, and leaves destructive and upload forms alone', () => {
    const [save, del, upload] = parseHtml(PAGE, 'http://127.0.0.1:5000/start').forms;
    expect(formRequest(save!)).toEqual({
      method: 'POST',
      url: 'http://127.0.0.1:5000/app/save',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'csrf=t0k&mail=patchline%40example.com&n=1&c=on&body=hello+%26+bye&s=b',
    });
    expect(formRequest(del!)).toBeUndefined();
    expect(formRequest(upload!)).toBeUndefined();
  });
});

describe('robots.txt and sitemap.xml', () => {
  it('turns Allow, Disallow and Sitemap lines into URLs, wildcards cut off', () => {
    const robots = 'User-agent: *\nDisallow: /private/*.bak$\nAllow: /public\nSitemap: https://other.example/map.xml\n# Disallow: /commented';
    expect(robotsUrls(robots, 'http://h/robots.txt')).toEqual(['http://h/private/', 'http://h/public', 'https://other.example/map.xml']);
  });

  it('reads <loc> entries and stops at its bound', () => {
    expect(sitemapUrls('<urlset><url><loc> http://h/a?x=1&amp;y=2 </loc></url><url><loc>/b</loc></url></urlset>', 'http://h/sitemap.xml')).toEqual(['http://h/a?x=1&y=2', 'http://h/b']);
    expect(sitemapUrls('<loc>/x</loc>'.repeat(2000), 'http://h/').length).toBe(500);
  });
});
