import { z } from 'zod';

const EditSchema = z.strictObject({
  path: z.string().min(1).max(1024),
  startLine: z.number().int().positive(),
  endLine: z.number().int().nonnegative(),
  replacement: z.string().max(64 * 1024),
});
export interface LineEdit extends z.infer<typeof EditSchema> {}

const AnswerSchema = z.union([
  z.strictObject({ edits: z.array(EditSchema).min(1).max(20), explanation: z.string().max(4000) }),
  z.strictObject({ cannotFix: z.string().max(4000) }),
]);
export type ModelAnswer = z.infer<typeof AnswerSchema>;

const MAX_ANSWER_CHARS = 256 * 1024;

/**
 * Reads the model's structured edit. Models wrap JSON in code fences or a sentence despite being told
 * not to; the outermost object is taken, and anything that does not validate is an error whose message
 * goes back to the model on the next attempt.
 */
export function parseAnswer(text: string): { ok: true; answer: ModelAnswer } | { ok: false; error: string } {
  if (text.length > MAX_ANSWER_CHARS) return { ok: false, error: `the answer is ${text.length} characters, over the ${MAX_ANSWER_CHARS} limit` };
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return { ok: false, error: 'the answer holds no JSON object' };
  let data: unknown;
  try {
    data = JSON.parse(text.slice(start, end + 1));
  } catch (err) {
    return { ok: false, error: `the answer is not valid JSON (${(err as Error).message})` };
  }
  const parsed = AnswerSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, error: `the answer does not follow the format: ${first?.path.join('.') || 'root'}: ${first?.message}` };
  }
  return { ok: true, answer: parsed.data };
}
