import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../core/config.js';
import { llmSettings } from './config.js';

describe('llm config', () => {
  it('fills defaults for what patchline.yaml leaves out', async () => {
    const config = await parseConfig('llm:\n  provider: bedrock\n  region: eu-west-1\n');
    expect(llmSettings(config.llm!)).toMatchObject({ provider: 'bedrock', region: 'eu-west-1', calls: 20, attempts: 2, allowNewDependencies: false });
  });

  it.each([
    ['llm:\n  provider: gemini\n', /llm\.provider.*anthropic, bedrock, openai/s],
    ['llm:\n  provider: openai\n  baseUrl: localhost:11434\n', /llm\.baseUrl.*http\(s\) URL such as/s],
    ['llm:\n  provider: anthropic\n  budget:\n    attempts: 9\n', /llm\.budget\.attempts/],
    ['llm:\n  provider: anthropic\n  apiKey: sk-ant-xyz\n', /apiKey/],
    ['llm:\n  provider: anthropic\n  budget:\n    call: 3\n', /did you mean 'calls'/],
    ['lm:\n  provider: anthropic\n', /did you mean 'llm'/],
  ])('rejects %j with a message naming the key', async (yaml, message) => {
    await expect(parseConfig(yaml)).rejects.toThrow(message);
  });
});
