// Runs an import: reads files a batch at a time, parses them, sends each batch
// to the background (one transaction per batch), reports progress. Nothing
// holds the page for long: each batch is a few files, then the next message.

import type { AddedDocument, ArticleInput, Result } from '../messages';
import { errorText } from '../messaging';
import { FileDecodeError, readTextFile, type ByteSource } from '../text/decode-file';
import { articleFromFile, IMPORTABLE, MAX_IMPORT_FILE_BYTES } from './import-files';
import { msg } from '../i18n/messages';

export interface ImportSource extends ByteSource {
  /** webkitRelativePath when a folder was chosen. */
  path?: string;
}

export const IMPORT_BATCH = 10;

export interface ImportReport {
  added: number;
  /** Files not imported: not a known type, no article text, or their batch refused. */
  failed: string[];
  /** Why: each file's own problem (named), each reason the background gave once (storage full…). */
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
      const refuse = (why: string) => {
        failed.push(name);
        errors.add(why);
      };
      if (!IMPORTABLE.test(file.name)) {
        refuse(`${name}: ${msg('importOnlyTypes')}`);
        continue;
      }
      try {
        const article = articleFromFile(name, await readTextFile(file, MAX_IMPORT_FILE_BYTES, name), deps.parseHtml);
        if (article.blocks.some((b) => b.role === 'paragraph')) {
          batch.push(article);
          names.push(name);
        } else refuse(`${name}: ${msg('fileNoArticleText')}`);
      } catch (error) {
        refuse(error instanceof FileDecodeError ? error.message : `${name}: ${errorText(error)}`);
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
