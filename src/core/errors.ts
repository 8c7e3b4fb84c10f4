import { redactCredentials } from './redact.js';

export type ErrorCode = 'usage' | 'config' | 'parse' | 'external-service' | 'unsupported' | 'io' | 'internal';

/** The one error type of patchline. A message says what was wrong and what to do next. */
export class PatchlineError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(redactCredentials(message), options);
    this.name = 'PatchlineError';
    this.code = code;
  }
}

export class UsageError extends PatchlineError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('usage', message, options);
    this.name = 'UsageError';
  }
}

export class ConfigError extends PatchlineError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config', message, options);
    this.name = 'ConfigError';
  }
}

export class ParseError extends PatchlineError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('parse', message, options);
    this.name = 'ParseError';
  }
}

export class ExternalServiceError extends PatchlineError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('external-service', message, options);
    this.name = 'ExternalServiceError';
  }
}

export class UnsupportedError extends PatchlineError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('unsupported', message, options);
    this.name = 'UnsupportedError';
  }
}

export function errorMessage(err: unknown): string {
  return redactCredentials(err instanceof Error ? err.message : String(err));
}

/** A DAST request the scope does not allow (another host, an excluded path, a method not enabled). */
export class OutOfScopeError extends PatchlineError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('usage', message, options);
    this.name = 'OutOfScopeError';
  }
}

/** A DAST scan that must stop: request cap, duration, or the target failing again and again. */
export class ScanStoppedError extends PatchlineError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('external-service', message, options);
    this.name = 'ScanStoppedError';
  }
}
