import { randomBytes, randomInt } from 'node:crypto';

/** A fresh marker no page contains by chance: `plx` and 8 lower-case letters or digits. */
export function marker(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `plx${[...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

/** Two random factors whose product (six digits) appears only if the target computed it. */
export function factors(): { a: number; b: number; product: string } {
  const a = randomInt(317, 999);
  const b = randomInt(317, 999);
  return { a, b, product: String(a * b) };
}

/** Up to `radius` characters either side of the first `needle` in `text`, for evidence. */
export function around(text: string, needle: string, radius = 80): string | undefined {
  const at = text.indexOf(needle);
  if (at < 0) return undefined;
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + needle.length + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
