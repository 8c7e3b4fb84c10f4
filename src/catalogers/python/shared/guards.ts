/** Narrowing helpers for parsed TOML/JSON, which is hostile until checked. */

export interface Table {
  [key: string]: unknown;
}

export function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function tables(value: unknown): Table[] {
  return Array.isArray(value) ? value.filter(isTable) : [];
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Own entries only: a hostile key such as `__proto__` stays an ordinary entry. */
export function entries(value: unknown): [string, unknown][] {
  return isTable(value) ? Object.entries(value) : [];
}
