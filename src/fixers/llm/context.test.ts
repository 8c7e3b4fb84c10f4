import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/model.js';
import { buildFileContext, renderNumbered } from './context.js';
import { commandInjectionFinding, testdata } from './testdata/harness.js';

const at = (path: string, startLine: number): Finding => ({ ...commandInjectionFinding(), location: { kind: 'file', path, startLine } });

describe('buildFileContext', () => {
  it('shows a Python finding with its imports, decorated function and the module definitions it uses', () => {
    const ctx = buildFileContext(at('app.py', 16), testdata('command-injection.before.py'))!;
    expect(ctx.editable).toEqual([{ start: 1, end: 4 }, { start: 12, end: 17 }]);
    const shown = renderNumbered(ctx);
    expect(shown).toContain(' 8| def log_line(message):');
    expect(shown).toContain('12| @app.route');
    expect(shown).not.toContain('def health');
  });

  it('shows a JavaScript finding with its requires and the enclosing handler', () => {
    const js = [
      "const express = require('express');",
      "const { exec } = require('child_process');",
      'const app = express();',
      '',
      "app.get('/ping', (req, res) => {",
      '  exec(`ping -c 1 ${req.query.host}`);',
      "  res.send('ok');",
      '});',
      '',
      "app.get('/health', (req, res) => res.send('ok'));",
    ].join('\n');
    const ctx = buildFileContext(at('server.js', 6), js)!;
    expect(ctx.editable).toEqual([{ start: 1, end: 3 }, { start: 5, end: 8 }]);
  });

  it('falls back to a window of lines for files it cannot parse as code', () => {
    const text = Array.from({ length: 60 }, (_, i) => `RUN step ${i + 1}`).join('\n');
    expect(buildFileContext(at('Dockerfile', 40), text)!.editable).toEqual([{ start: 25, end: 55 }]);
  });
});
