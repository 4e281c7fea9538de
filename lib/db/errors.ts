// Turns IndexedDB/Dexie failures into sentences a reader can act on.

import { errorText } from '../messaging';

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
    return 'Bộ nhớ của trình duyệt đã đầy nên không lưu được; chưa có gì bị ghi dở. Hãy giải phóng dung lượng rồi thử lại. (Browser storage is full; nothing was saved.)';
  }
  if (isOpenError(error)) {
    return 'Không mở được cơ sở dữ liệu của Tham Chiếu (IndexedDB), có thể do chế độ riêng tư hoặc trình duyệt chặn lưu trữ. Đánh dấu trên trang vẫn hoạt động; ghi chú và đối chiếu tạm thời không dùng được. (The extension database could not be opened.)';
  }
  return `Lỗi cơ sở dữ liệu: ${errorText(error)} (Database error.)`;
}
