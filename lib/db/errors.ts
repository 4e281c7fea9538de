// Turns IndexedDB/Dexie failures into sentences a reader can act on.

import { errorText } from '../messaging';
import { msg } from '../i18n/messages';

const OPEN_FAILURES = new Set(['MissingAPIError', 'OpenFailedError', 'InvalidStateError', 'DatabaseClosedError', 'SecurityError']);

/**
 * The names of an error and of everything it wraps: Dexie puts the browser's
 * error in `inner` (an aborted transaction) or in `failures` (a bulk write).
 */
export function errorNames(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 5) return [];
  const e = error as { name?: unknown; inner?: unknown; failures?: unknown };
  const failures = Array.isArray(e.failures) ? e.failures : [];
  return [
    ...(typeof e.name === 'string' ? [e.name] : []),
    ...errorNames(e.inner, depth + 1),
    ...failures.slice(0, 10).flatMap((f) => errorNames(f, depth + 1)),
  ];
}

export function isQuotaError(error: unknown): boolean {
  return errorNames(error).includes('QuotaExceededError');
}

/** The database cannot be opened at all (private mode, storage blocked, a broken profile). */
export function isOpenError(error: unknown): boolean {
  return errorNames(error).some((n) => OPEN_FAILURES.has(n));
}

export function describeDatabaseError(error: unknown): string {
  if (isQuotaError(error)) {
    return msg('storageFull');
  }
  if (isOpenError(error)) {
    return msg('databaseUnavailable');
  }
  return msg('databaseError', errorText(error));
}
