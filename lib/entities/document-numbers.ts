// Numbered legal documents the catalog cannot list: any "Nghị định 13/2023/NĐ-CP",
// "Quyết định số 123/QĐ-TTg", "Chỉ thị 22/CT-TTg". Works on normalized text
// (lower case, single spaces), so the type words are written in lower case.

const DOC_TYPES = [
  'thông tư liên tịch', 'chỉ thị', 'nghị quyết', 'nghị định', 'quyết định', 'thông tư',
  'công điện', 'kết luận', 'quy định', 'công văn', 'thông báo', 'lệnh',
];

// 13/2023/nđ-cp, 25-ct/tw, 123/qđ-ttg, 100/2019: a number, then at least one
// "/" or "-" part. Ends on a letter or digit so trailing punctuation stays out.
const NUMBER = String.raw`\d{1,5}(?:[/-][\p{L}\d]+)+`;

export const DOCUMENT_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}])(?:${DOC_TYPES.join('|')}) (?:số )?(${NUMBER})(?![\p{L}\p{M}\p{N}])`,
  'gu',
);

export interface DocumentNumberHit {
  start: number;
  end: number;
  /** Normalized document number, e.g. "13/2023/nđ-cp". */
  code: string;
}

export function findDocumentNumbers(normalized: string): DocumentNumberHit[] {
  const hits: DocumentNumberHit[] = [];
  for (const m of normalized.matchAll(DOCUMENT_NUMBER)) {
    hits.push({ start: m.index, end: m.index + m[0].length, code: m[1]! });
  }
  return hits;
}

/** The id of a document the catalog does not know. */
export function documentEntityId(code: string): string {
  return `doc:${code}`;
}
