// Turns IndexedDB/Dexie failures into sentences a reader can act on.

import { errorText } from '../messaging';

export function describeDatabaseError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Bộ nhớ của trình duyệt đã đầy nên không lưu được. Hãy giải phóng dung lượng rồi thử lại. (Browser storage is full.)';
  }
  if (name === 'MissingAPIError' || name === 'OpenFailedError' || name === 'InvalidStateError' || inner === 'InvalidStateError') {
    return 'Không mở được cơ sở dữ liệu của Tham Chiếu (IndexedDB), có thể do chế độ riêng tư hoặc trình duyệt chặn lưu trữ. Đánh dấu trên trang vẫn hoạt động; ghi chú và đối chiếu tạm thời không dùng được. (The extension database could not be opened.)';
  }
  return `Lỗi cơ sở dữ liệu: ${errorText(error)} (Database error.)`;
}
