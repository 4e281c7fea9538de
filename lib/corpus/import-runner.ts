// Runs an import: reads files a batch at a time, parses them, sends each batch
// to the background (one transaction per batch), reports progress. Nothing
// holds the page for long: each batch is a few files, then the next message.

import type { AddedDocument, ArticleInput, Result } from '../messages';
import { articleFromFile, IMPORTABLE } from './import-files';

export interface ImportSource {
  name: string;
  /** webkitRelativePath when a folder was chosen. */
  path?: string;
  text(): Promise<string>;
}

export const IMPORT_BATCH = 10;

export interface ImportReport {
  added: number;
  /** Files not imported: not a known type, no article text, or their batch refused. */
  failed: string[];
  /** Why the background refused batches (storage full…), each reason once. */
  errors: string[];
}

export async function runImport(
  files: ImportSource[],
  deps: {
    parseHtml: (html: string) => Document;
    add: (articles: ArticleInput[]) => Promise<Result<AddedDocument[]>>;
    onProgress: (done: number, total: number) => void;
  },
): Promise<ImportReport> {
  const failed: string[] = [];
  const errors = new Set<string>();
  let added = 0;
  let done = 0;
  const total = files.length;
  for (let i = 0; i < files.length; i += IMPORT_BATCH) {
    const batch: ArticleInput[] = [];
    const names: string[] = [];
    for (const file of files.slice(i, i + IMPORT_BATCH)) {
      const name = file.path || file.name;
      if (!IMPORTABLE.test(file.name)) {
        failed.push(name);
        continue;
      }
      try {
        const article = articleFromFile(name, await file.text(), deps.parseHtml);
        if (article.blocks.some((b) => b.role === 'paragraph')) {
          batch.push(article);
          names.push(name);
        } else failed.push(name);
      } catch {
        failed.push(name);
      }
    }
    if (batch.length) {
      const r = await deps.add(batch);
      if (r.ok) added += r.value.length;
      else {
        failed.push(...names);
        errors.add(r.error);
      }
    }
    done = Math.min(total, i + IMPORT_BATCH);
    deps.onProgress(done, total);
  }
  return { added, failed, errors: [...errors] };
}
