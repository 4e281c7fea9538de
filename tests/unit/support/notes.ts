import type { NoteRecord } from '../../../lib/db/records';

/** One note of each kind, one written before tags existed, one with markup in it. */
export const sampleNotes: NoteRecord[] = [
  { id: 'e1', target: { type: 'entity', entityId: 'doc:13/2023/nđ-cp' }, entityId: 'doc:13/2023/nđ-cp', tags: ['dữ liệu'], body: 'Nghị định về bảo vệ dữ liệu cá nhân.\nXem https://example.vn/nd13', createdAt: Date.UTC(2024, 0, 1), updatedAt: Date.UTC(2024, 0, 2) },
  { id: 'old-v1', target: { type: 'entity', entityId: 'cptpp' }, entityId: 'cptpp', body: 'ghi chú cũ, không có nhãn', createdAt: 5, updatedAt: 6 },
  {
    id: 'p1', target: { type: 'passage', passageId: 'seed:003#4', docId: 'seed:003', quote: 'Hiệp định RCEP được ký kết', docTitle: 'Hội nghị tổng kết' },
    entityId: 'rcep', docId: 'seed:003', tags: [], body: '<script>alert(1)</script> javascript:alert(2)', createdAt: 7, updatedAt: 8,
  },
  {
    id: 's1', target: { type: 'selection', url: 'https://baoquocte.vn/a.html', title: 'Bài A', quote: { exact: 'Phạm Bình Minh', prefix: 'Phó Thủ tướng ', suffix: ' cho biết' }, position: { start: 40, end: 54 } },
    pageUrl: 'https://baoquocte.vn/a.html', tags: ['ngoại giao', 'asean'], body: 'Một đoạn đáng nhớ', createdAt: 9, updatedAt: 10,
  },
];
