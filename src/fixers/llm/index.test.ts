import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LlmConfig } from './config.js';
import { FakeLlmServer } from './testdata/llm-server.js';
import { commandInjectionFinding, contextWith, fixerFor, GOOD_ANSWER, testdata, unit } from './testdata/harness.js';

const before = testdata('command-injection.before.py');
const after = testdata('command-injection.after.py');
const server = new FakeLlmServer();
let base = '';
const saved = { ...process.env };

beforeAll(async () => {
  base = await server.start();
  Object.assign(process.env, {
    ANTHROPIC_API_KEY: 'sk-ant-test-key-0123456789',
    AWS_ACCESS_KEY_ID: 'AKIDPATCHLINETEST',
    AWS_SECRET_ACCESS_KEY: 'patchline-test-secret',
    AWS_REGION: 'us-east-1',
  });
});
afterAll(async () => {
  await server.stop();
  process.env = saved;
});
afterEach(() => server.reset());

const providers: { name: string; config: () => LlmConfig; path: RegExp; auth: (h: Record<string, unknown>) => void }[] = [
  {
    name: 'anthropic',
    config: () => ({ provider: 'anthropic', baseUrl: base }),
    path: /^\/v1\/messages$/,
    auth: (h) => expect(`${h['x-api-key'] ?? h.authorization}`).toMatch(/^(Bearer )?sk-ant-test-key-0123456789$/),
  },
  {
    name: 'openai-compatible',
    config: () => ({ provider: 'openai', baseUrl: `${base}/v1`, model: 'qwen2.5-coder:7b' }),
    path: /^\/v1\/chat\/completions$/,
    auth: (h) => expect(h.authorization).toMatch(/^Bearer /),
  },
  {
    name: 'bedrock',
    config: () => ({ provider: 'bedrock', baseUrl: base, region: 'us-east-1' }),
    path: /^\/model\/global\.anthropic\.claude-sonnet-5-5\/converse$/,
    auth: (h) => expect(h.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDPATCHLINETEST\/\d{8}\/us-east-1\/bedrock\/aws4_request/),
  },
];

describe.each(providers)('LLM fixer through $name', ({ config, path, auth }) => {
  it('turns a structured edit into a whole-file change set with provenance', async () => {
    server.enqueue({ text: GOOD_ANSWER, inputTokens: 1500, outputTokens: 120 });
    const fixer = await fixerFor(config());
    const attempt = await fixer.plan(unit(commandInjectionFinding()), contextWith({ 'app.py': before }));
    expect(attempt.kind).toBe('change');
    if (attempt.kind !== 'change') return;
    expect(attempt.changeSet.edits).toEqual([{ path: 'app.py', before, after }]);
    expect(attempt.changeSet.strategy).toBe('llm');
    expect(attempt.changeSet.llm).toMatchObject({ inputTokens: 1500, outputTokens: 120 });
    expect(attempt.changeSet.llm?.promptSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.path).toMatch(path);
    auth(server.requests[0]!.headers);
    const sent = JSON.stringify(server.requests[0]!.body);
    expect(sent).toContain('editable lines: 1-4, 12-17');
    expect(sent).toContain("os.system(f'ping -c 1 {host}')");
  });
});

describe('LLM fixer retries within its budget', () => {
  const anthropic = (extra: Partial<LlmConfig> = {}): LlmConfig => ({ provider: 'anthropic', baseUrl: base, ...extra });

  it('sends the reason of a rejected answer back and accepts the corrected one', async () => {
    server.enqueue({ text: 'Sure! Here is the fix: replace os.system with subprocess.' }, { text: '```json\n' + GOOD_ANSWER + '\n```' });
    const attempt = await (await fixerFor(anthropic())).plan(unit(commandInjectionFinding()), contextWith({ 'app.py': before }));
    expect(attempt.kind).toBe('change');
    const second = server.requests[1]!.body as { messages: { role: string; content: string }[] };
    expect(second.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(second.messages[2]!.content).toContain('the answer holds no JSON object');
  });

  it('retries an answer cut off at max tokens', async () => {
    server.enqueue({ text: '{"edits":[{"path":"app.py","startLine":16,', stop: 'max-tokens' }, { text: GOOD_ANSWER });
    const attempt = await (await fixerFor(anthropic())).plan(unit(commandInjectionFinding()), contextWith({ 'app.py': before }));
    expect(attempt.kind).toBe('change');
    if (attempt.kind === 'change') expect(attempt.changeSet.llm?.inputTokens).toBe(2400);
  });

  it('stops when the run budget is spent and says which budget', async () => {
    server.enqueue({ text: 'not json' }, { text: GOOD_ANSWER });
    const fixer = await fixerFor(anthropic({ budget: { calls: 1, attempts: 3 } }));
    const attempt = await fixer.plan(unit(commandInjectionFinding()), contextWith({ 'app.py': before }));
    expect(attempt).toEqual({ kind: 'skip', reason: expect.stringMatching(/budget of 1 calls is spent.*no JSON object/) });
    expect(server.requests).toHaveLength(1);
  });

  it('reports a failing provider without leaking the key', async () => {
    server.enqueue(
      { status: 401, body: '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}' },
      { status: 401, body: '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}' },
    );
    const fixer = await fixerFor(anthropic({ budget: { attempts: 2 } }));
    const attempt = await fixer.plan(unit(commandInjectionFinding()), contextWith({ 'app.py': before }));
    expect(attempt.kind).toBe('skip');
    if (attempt.kind === 'skip') {
      expect(attempt.reason).toMatch(/anthropic call failed: .*401/);
      expect(attempt.reason).not.toContain('sk-ant-test-key');
    }
  });

  it('passes on the reason when the model declines', async () => {
    server.enqueue({ text: '{"cannotFix":"the command template is built elsewhere"}' });
    const attempt = await (await fixerFor(anthropic())).plan(unit(commandInjectionFinding()), contextWith({ 'app.py': before }));
    expect(attempt).toEqual({ kind: 'skip', reason: 'the model declined: the command template is built elsewhere' });
  });

  it('sends no hard-coded secret to the model and keeps it in the changed file', async () => {
    const token = 'ghp_R7uXq2Lm9TzV4bNc8WkYd3HsPf6JgA1eQo5r';
    const withSecret = before.replace("    log_line(f'pinging {host}')", `    log_line(f'pinging {host}', "${token}")`);
    server.enqueue({ text: GOOD_ANSWER });
    const attempt = await (await fixerFor(anthropic())).plan(unit(commandInjectionFinding()), contextWith({ 'app.py': withSecret }));
    expect(JSON.stringify(server.requests[0]!.body)).not.toContain(token);
    expect(JSON.stringify(server.requests[0]!.body)).toContain('PATCHLINE_MASKED_SECRET_1');
    expect(attempt.kind).toBe('change');
    if (attempt.kind === 'change') {
      expect(attempt.changeSet.edits[0]!.before).toBe(withSecret);
      expect(attempt.changeSet.edits[0]!.after).toContain(`"${token}")`);
      expect(attempt.changeSet.edits[0]!.after).not.toContain('PATCHLINE_MASKED_SECRET');
    }
  });

  it('skips what it cannot read without calling the model', async () => {
    const attempt = await (await fixerFor(anthropic())).plan(unit(commandInjectionFinding()), contextWith({}));
    expect(attempt.kind).toBe('skip');
    expect(server.requests).toHaveLength(0);
  });
});
