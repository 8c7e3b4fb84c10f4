import { randomBytes } from 'node:crypto';
import { errorMessage } from '../../core/errors.js';
import type { ChangeSet, Edit, Finding } from '../../core/model.js';
import type { FixAttempt, FixContext, Fixer, FixUnit } from '../types.js';
import { applyLineEdits } from './apply.js';
import { estimateCostUsd, LlmBudget } from './budget.js';
import type { LlmSettings } from './config.js';
import { buildFileContext, type FileContext } from './context.js';
import { checkEdits, checkResult, type GuardrailOptions } from './guardrails.js';
import { buildPrompt, type PromptParts } from './prompt.js';
import type { LlmMessage, LlmProvider } from './providers/types.js';
import { maskSecrets } from './mask-secrets.js';
import { parseAnswer } from './response.js';

const MAX_REASON_CHARS = 500;

interface Usage {
  inputTokens: number;
  outputTokens: number;
}

/**
 * The fixer of last resort: asks the configured model for a structured edit of the finding's
 * enclosing function, checks it against the guardrails, and retries with the reason while the run's
 * budget allows. One instance per run: the budget is shared by every finding.
 */
export function createLlmFixer(settings: LlmSettings, provider: LlmProvider): Fixer {
  const budget = new LlmBudget(settings);
  return {
    meta: { id: 'llm', version: '1.0.0', summary: `writes fixes with ${provider.id} (${provider.model}) under guardrails` },
    strategy: 'llm',
    handles: (finding) => finding.location.kind === 'file' && finding.category !== 'vulnerability',
    plan: (unit, ctx) => planWithModel(unit, ctx, { settings, provider, budget }),
  };
}

interface Session {
  settings: LlmSettings;
  provider: LlmProvider;
  budget: LlmBudget;
}

async function planWithModel(unit: FixUnit, ctx: FixContext, session: Session): Promise<FixAttempt> {
  const finding = unit.findings[0];
  if (!finding || finding.location.kind !== 'file') return skip('the LLM fixer edits code; this finding has no file location');
  const text = await ctx.readFile(finding.location.path);
  if (text === undefined) return skip(`${finding.location.path} could not be read (missing, a link, binary or too large)`);
  const masked = maskSecrets(text, finding.location.path);
  const file = buildFileContext(finding, masked.text);
  if (!file) return skip('no code context could be built for this finding');
  const prompt = buildPrompt(finding, file, randomBytes(8).toString('hex'));
  const guard: GuardrailOptions = {
    allowedPaths: namedPaths(finding),
    allowNewDependencies: session.settings.allowNewDependencies,
    allowProtectedFiles: session.settings.allowProtectedFiles,
  };
  return converse(unit, finding, file, prompt, guard, session, { original: text, restore: masked.restore });
}

/** The file as it is on disk, and how to turn the masked text the model saw back into it. */
interface Unmask {
  original: string;
  restore(text: string): string;
}

async function converse(unit: FixUnit, finding: Finding, file: FileContext, prompt: PromptParts, guard: GuardrailOptions, session: Session, unmask: Unmask): Promise<FixAttempt> {
  const { settings, provider, budget } = session;
  const messages: LlmMessage[] = [{ role: 'user', text: prompt.user }];
  const usage: Usage = { inputTokens: 0, outputTokens: 0 };
  let lastReason = 'no attempt was made';
  for (let attempt = 1; attempt <= settings.attempts; attempt++) {
    const spent = budget.exhausted();
    if (spent) return skip(`${spent}; last problem: ${lastReason}`);
    let replyText: string;
    try {
      const signal = AbortSignal.timeout(Math.min(budget.remainingMs(), settings.requestTimeoutSeconds * 1000));
      const reply = await provider.complete({ system: prompt.system, messages, maxOutputTokens: settings.maxOutputTokens, signal });
      budget.record(reply);
      usage.inputTokens += reply.inputTokens;
      usage.outputTokens += reply.outputTokens;
      replyText = reply.text;
      if (reply.stop === 'max-tokens') {
        lastReason = `the answer was cut off at ${settings.maxOutputTokens} output tokens`;
        messages.push({ role: 'assistant', text: reply.text }, { role: 'user', text: retryMessage(`${lastReason}; answer with a smaller edit`) });
        continue;
      }
    } catch (err) {
      budget.recordFailure();
      lastReason = `${provider.id} call failed: ${errorMessage(err)}`;
      continue;
    }
    const outcome = judge(replyText, file, guard);
    if (outcome.kind === 'cannot-fix') return skip(`the model declined: ${outcome.reason}`);
    if (outcome.kind === 'edit') {
      const edit = { path: file.path, before: unmask.original, after: unmask.restore(outcome.after) };
      return { kind: 'change', changeSet: changeSet(unit, finding, edit, outcome.explanation, prompt, usage, session) };
    }
    lastReason = outcome.reason;
    messages.push({ role: 'assistant', text: replyText }, { role: 'user', text: retryMessage(outcome.reason) });
  }
  return skip(`no acceptable answer after ${settings.attempts} attempt(s): ${lastReason}`);
}

type Judgement =
  | { kind: 'edit'; after: string; explanation: string }
  | { kind: 'cannot-fix'; reason: string }
  | { kind: 'rejected'; reason: string };

/** Parses the answer and holds it against the guardrails; the reason of a rejection goes back to the model. */
function judge(text: string, file: FileContext, guard: GuardrailOptions): Judgement {
  const parsed = parseAnswer(text);
  if (!parsed.ok) return { kind: 'rejected', reason: parsed.error };
  if ('cannotFix' in parsed.answer) return { kind: 'cannot-fix', reason: bounded(parsed.answer.cannotFix) };
  const editProblem = checkEdits(parsed.answer.edits, file, guard);
  if (editProblem) return { kind: 'rejected', reason: editProblem };
  const after = applyLineEdits(file.text, parsed.answer.edits);
  if (after === file.text) return { kind: 'rejected', reason: 'the edits change nothing' };
  const resultProblem = checkResult(file.text, after, file.path, guard);
  if (resultProblem) return { kind: 'rejected', reason: resultProblem };
  return { kind: 'edit', after, explanation: bounded(parsed.answer.explanation) };
}

function changeSet(unit: FixUnit, finding: Finding, edit: Edit, explanation: string, prompt: PromptParts, usage: Usage, session: Session): ChangeSet {
  const line = finding.location.kind === 'file' ? finding.location.startLine : 0;
  return {
    id: unit.id,
    title: `Fix ${finding.title.charAt(0).toLowerCase()}${finding.title.slice(1)} in ${edit.path}:${line}`,
    fixer: 'llm',
    strategy: 'llm',
    findings: unit.findings.map((f) => f.fingerprint),
    edits: [edit],
    rationale: explanation,
    notes: ['Written by an LLM and checked by patchline\'s guardrails and re-scan: review it as you would any contributor\'s change.'],
    llm: {
      provider: session.provider.id,
      model: session.provider.model,
      promptSha256: prompt.sha256,
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      costUsd: estimateCostUsd(session.provider.model, usage.inputTokens, usage.outputTokens, session.settings.pricing),
    },
    verification: { status: 'pending' },
  };
}

function namedPaths(finding: Finding): Set<string> {
  const paths = new Set<string>();
  if (finding.location.kind === 'file') paths.add(finding.location.path);
  for (const step of finding.trace ?? []) paths.add(step.path);
  return paths;
}

function retryMessage(reason: string): string {
  return `Your answer was rejected: ${reason}. Answer again with the JSON object only, following the rules.`;
}

function bounded(text: string): string {
  return text.length > MAX_REASON_CHARS ? `${text.slice(0, MAX_REASON_CHARS)}…` : text;
}

function skip(reason: string): FixAttempt {
  return { kind: 'skip', reason: errorMessage(reason) };
}
