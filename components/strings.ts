// The UI's words: Vietnamese first, English alongside where a label would be
// unclear to a reader who does not read Vietnamese.

import type { EntityKind } from '../lib/entities/types';

export const KIND_LABEL: Record<EntityKind, string> = {
  agreement: 'Hiệp định · Agreement',
  official: 'Quan chức · Official',
  directive: 'Văn bản chỉ đạo · Directive',
};

export const t = {
  appName: 'Tham Chiếu',
  close: 'Đóng (Close)',
  loading: 'Đang tải…',
  passagesHeading: 'Trong kho bài viết · In the corpus',
  noPassages: 'Kho bài viết trên máy bạn chưa có đoạn nào nhắc tới mục này. (The local corpus does not mention this.)',
  unknownEntity: 'Tham Chiếu chưa biết mục này: không có trong danh mục và kho bài viết. (Not in the catalog or the corpus.)',
  openDocument: 'Mở toàn văn · Open the whole document',
  unknownSource: 'Không rõ nguồn',
  unknownDate: 'Không rõ ngày',
  notesHeading: 'Ghi chú của bạn · Your notes',
  noNotes: 'Chưa có ghi chú nào.',
  notePlaceholder: 'Viết ghi chú về mục này… (Write a note)',
  noteLabel: 'Ghi chú mới (New note)',
  saveNote: 'Lưu ghi chú (Save note)',
  saving: 'Đang lưu…',
  saved: 'Đã lưu. (Saved.)',
  emptyNote: 'Ghi chú trống — không có gì để lưu. (The note is empty.)',
  pageEntitiesHeading: 'Trên trang này · On this page',
  noPageEntities: 'Không tìm thấy hiệp định, quan chức hay văn bản nào trên trang này. (Nothing found on this page.)',
  pageUnavailable:
    'Trang này không được Tham Chiếu đọc (không phải trang tiếng Việt, hoặc trang của trình duyệt). (This page is not read by the extension.)',
  back: '← Quay lại (Back)',
  mentions: (n: number) => `${n} lần`,
  documentNotFound: 'Không tìm thấy văn bản này trong kho. (Document not found.)',
  caption: 'Chú thích ảnh',
  controlsHeading: 'Cài đặt trang · Page settings',
  highlightsInTab: 'Đánh dấu trên thẻ này (Highlights in this tab) — Alt+Shift+H',
  showKinds: 'Hiện các loại · Kinds shown',
  siteRuleLabel: (host: string) => `Trên trang ${host} (On this site):`,
  siteRuleAuto: 'Tự động theo ngôn ngữ trang (Automatic)',
  siteRuleAlways: 'Luôn đánh dấu (Always)',
  siteRuleNever: 'Không bao giờ (Never)',
  alsoIn: 'Cũng có trong · Also in:',
  viaAlias: 'khớp theo tên gọi khác · matched by name search',
  noCoMentions: 'Chưa thấy mục nào được nhắc cùng. (Nothing mentioned alongside it.)',
  coMentionsHeading: 'Thường được nhắc cùng · Mentioned with',
  sharedPassages: (n: number) => `${n} đoạn nhắc cùng (${n} shared passages)`,
  timelineHeading: 'Dòng thời gian các bài nhắc tới · Timeline of documents',
  timelineEntry: (month: string, n: number) => `${month}: ${n} bài (${n} documents)`,
  documentsCount: (n: number) => `${n} bài`,
  cardSummary: (passages: number, documents: number, shown: number) =>
    `${passages} đoạn trong ${documents} bài; hiện ${shown} đoạn, đoạn trùng gộp lại. (${passages} passages in ${documents} documents; ${shown} shown, duplicates folded.)`,
  backTo: (name: string) => `← Quay lại ${name} (Back)`,
  searchLabel: 'Tìm trong kho bài viết · Search the corpus',
  searchPlaceholder: 'vd. pham binh minh, chi thi 25',
  searchButton: 'Tìm (Search)',
  searching: 'Đang tìm…',
  noResults: 'Không có đoạn nào khớp. (No passage matches.)',
  searchSummary: (total: number, shown: number) => `${total} đoạn khớp; hiện ${shown}. (${total} matches, ${shown} shown.)`,
  clearSearch: 'Xoá tìm kiếm (Clear search)',
  addPage: 'Thêm trang này vào kho · Add this page to the corpus',
  addingPage: 'Đang thêm…',
  pageAdded: (title: string, passages: number) => `Đã thêm "${title}" — ${passages} đoạn. (Added to the corpus.)`,
  manageCorpus: 'Quản lý kho · Manage the corpus',
  passagesCount: (n: number) => `${n} đoạn`,
  hiddenLabel: 'đang ẩn · hidden',
  openDocumentShort: 'Mở · Open',
  hideDocument: 'Ẩn · Hide',
  showDocument: 'Hiện lại · Show',
  removeDocument: 'Xoá · Remove',
  myDocuments: 'Bài bạn đã thêm · Your documents',
  noMyDocuments: 'Bạn chưa thêm bài nào. Dùng nút "Thêm trang này vào kho" trong cửa sổ tiện ích, hoặc nhập tệp bên trên. (No documents added yet.)',
  seedDocuments: 'Bài gốc của kho · Seed documents',
  seedsExplained: 'Bài gốc đi kèm tiện ích: không xoá được, chỉ ẩn được. (Seed documents can be hidden, not removed.)',
  importHeading: 'Nhập bài viết · Import articles',
  importExplained: 'Chọn một thư mục hoặc các tệp .txt, .md, .html; mỗi tệp thành một bài trong kho. Ghi chú của bạn không bị động tới. (Each file becomes a document; notes are never touched.)',
  importFolder: 'Chọn thư mục… (Choose a folder)',
  importFiles: 'Chọn tệp… (Choose files)',
  importProgressLabel: 'Tiến độ nhập (Import progress)',
  importProgress: (done: number, total: number) => `Đã xử lý ${done}/${total} tệp… (${done} of ${total} files)`,
  importFinished: (n: number) => `Đã nhập ${n} bài. (${n} documents imported.)`,
  importFailed: (names: string[]) => `Không nhập được ${names.length} tệp: ${names.slice(0, 5).join(', ')}${names.length > 5 ? '…' : ''}. (Some files could not be imported.)`,
  capped: (n: number) =>
    `Trang này có quá nhiều mục; chỉ ${n.toLocaleString('vi-VN')} mục đầu được đánh dấu. (Too many mentions: only the first ${n} are highlighted.)`,
};

/** "2019-01-21" → "21/1/2019", as Vietnamese articles write dates. */
export function formatDate(iso: string | null): string {
  if (!iso) return t.unknownDate;
  const [y, m, d] = iso.split('-').map(Number);
  if (!d) return `tháng ${m}/${y}`;
  return `${d}/${m}/${y}`;
}

export function formatTime(ms: number): string {
  return new Date(ms).toLocaleString('vi-VN', { dateStyle: 'short', timeStyle: 'short' });
}
