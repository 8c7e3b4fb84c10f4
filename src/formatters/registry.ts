import { UsageError } from '../core/errors.js';
import { cyclonedxFormatter } from './cyclonedx/index.js';
import { jsonFormatter } from './json/index.js';
import { markdownFormatter } from './markdown/index.js';
import { sarifFormatter } from './sarif/index.js';
import { spdxFormatter } from './spdx/index.js';
import { tableFormatter } from './table/index.js';
import type { Formatter } from './types.js';

/** Every output format, listed explicitly in alphabetical order; the folder name is the id. */
export const formatters = [
  cyclonedxFormatter,
  jsonFormatter,
  markdownFormatter,
  sarifFormatter,
  spdxFormatter,
  tableFormatter,
] as const;

export const DEFAULT_FORMAT = 'table';

export function formatterIds(): string[] {
  return formatters.map((f) => f.meta.id);
}

/** The formatter with this id; an unknown id is a usage error that lists the known ones. */
export function getFormatter(id: string): Formatter {
  const found = formatters.find((f) => f.meta.id === id);
  if (!found) {
    throw new UsageError(`Unknown output format "${id}". Use one of: ${formatterIds().join(', ')}.`);
  }
  return found;
}
