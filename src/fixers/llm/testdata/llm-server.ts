import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake model answers next: a text in the provider's envelope, or a raw HTTP response. */
export type ScriptedReply =
  | { text: string; stop?: 'end' | 'max-tokens'; inputTokens?: number; outputTokens?: number }
  | { status: number; body: string; headers?: Record<string, string> };

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/**
 * One local server that answers as the Anthropic Messages API (`POST /v1/messages`), OpenAI Chat
 * Completions (`POST /v1/chat/completions`) and Bedrock Converse (`POST /model/{id}/converse`) do,
 * with scripted replies in order. Requests are recorded for assertions.
 */
export class FakeLlmServer {
  readonly requests: RecordedRequest[] = [];
  private readonly script: ScriptedReply[] = [];
  private server?: Server;

  enqueue(...replies: ScriptedReply[]): void {
    this.script.push(...replies);
  }

  /** Forgets recorded requests and replies not yet given. */
  reset(): void {
    this.requests.length = 0;
    this.script.length = 0;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        this.requests.push({ path: req.url ?? '', headers: req.headers, body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {} });
        const reply = this.script.shift() ?? { status: 500, body: '{"error":"no scripted reply left"}' };
        if ('status' in reply) {
          res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
          res.end(reply.body);
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(envelope(req.url ?? '', reply)));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

function envelope(path: string, reply: Extract<ScriptedReply, { text: string }>): unknown {
  const input = reply.inputTokens ?? 1200;
  const output = reply.outputTokens ?? 150;
  const cut = reply.stop === 'max-tokens';
  if (path.startsWith('/v1/messages')) {
    return {
      id: 'msg_01Test', type: 'message', role: 'assistant', model: 'claude-sonnet-5-5',
      content: [{ type: 'text', text: reply.text }],
      stop_reason: cut ? 'max_tokens' : 'end_turn', stop_sequence: null,
      usage: { input_tokens: input, output_tokens: output },
    };
  }
  if (path.startsWith('/v1/chat/completions')) {
    return {
      id: 'chatcmpl-test', object: 'chat.completion', created: 1_764_000_000, model: 'qwen2.5-coder:7b',
      choices: [{ index: 0, message: { role: 'assistant', content: reply.text }, finish_reason: cut ? 'length' : 'stop' }],
      usage: { prompt_tokens: input, completion_tokens: output, total_tokens: input + output },
    };
  }
  return {
    output: { message: { role: 'assistant', content: [{ text: reply.text }] } },
    stopReason: cut ? 'max_tokens' : 'end_turn',
    usage: { inputTokens: input, outputTokens: output, totalTokens: input + output },
    metrics: { latencyMs: 420 },
  };
}
