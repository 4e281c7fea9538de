// The bytes of a file the reader imports → text, or an error that names the
// problem. What is accepted: UTF-8 (with or without BOM) and UTF-16 with a BOM
// (Windows Notepad's "Unicode"). What is refused, with a sentence saying how to
// fix it:
// - UTF-16 without a BOM: its byte order is a guess, and a wrong guess is
//   well-formed nonsense, so it is named, not decoded.
// - Anything that is not valid UTF-8: in practice Windows-1258, TCVN3 (ABC) or
//   VNI. These legacy Vietnamese encodings share their byte ranges with each
//   other and with Windows-1252, so no test on the bytes tells them apart
//   reliably; decoding with the wrong one stores mojibake in the corpus or the
//   notes for good. The reader re-saves the file as UTF-8 instead.
// - Binary files (NUL bytes, control characters) and files over the size limit.

import { msg } from '../i18n/messages';

export class FileDecodeError extends Error {}

const MB = 1024 * 1024;
const fmtMb = (bytes: number) => (bytes / MB).toLocaleString(msg('uiLocale'), { maximumFractionDigits: 1 });

function fail(name: string, what: string): never {
  throw new FileDecodeError(`${name}: ${what}`);
}

function tooLarge(name: string, bytes: number, maxBytes: number): never {
  return fail(name, msg('fileTooLarge', fmtMb(bytes), fmtMb(maxBytes)));
}

/**
 * Where the bytes stop being UTF-8: the offset of the first bad byte, and
 * whether it is only a character cut off by the end of the file (a truncated
 * file). Null when the bytes are valid UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; cutOff: boolean } | null {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return { offset: i, cutOff: false };
    const end = Math.min(i + len, bytes.length);
    for (let k = i + 1; k < end; k++) if ((bytes[k]! & 0xc0) !== 0x80) return { offset: i, cutOff: false };
    // Overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1];
    if (second !== undefined && ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f))) {
      return { offset: i, cutOff: false };
    }
    if (i + len > bytes.length) return { offset: i, cutOff: true };
    i += len;
  }
  return null;
}

/** The share of NUL bytes at even and at odd offsets: UTF-16 text has them on one side only. */
function nulShares(bytes: Uint8Array): { even: number; odd: number } {
  const n = Math.min(bytes.length, 64 * 1024);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 ? odd++ : even++;
  const half = Math.max(1, n / 2);
  return { even: even / half, odd: odd / half };
}

function decode(encoding: string, bytes: Uint8Array, name: string, label: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return fail(name, msg('fileDamaged', label));
  }
}

/** Decodes an imported file; throws FileDecodeError naming the file and the problem. */
export function decodeTextFile(name: string, bytes: Uint8Array, maxBytes: number): string {
  if (bytes.length > maxBytes) tooLarge(name, bytes.length, maxBytes);
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decode('utf-16le', bytes, name, 'UTF-16');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decode('utf-16be', bytes, name, 'UTF-16');
  else {
    if (bytes.includes(0)) {
      const { even, odd } = nulShares(bytes);
      if (Math.max(even, odd) > 0.3 && Math.min(even, odd) < 0.02) {
        fail(name, msg('fileUtf16NoBom'));
      }
      fail(name, msg('fileBinary'));
    }
    const bad = firstInvalidUtf8(bytes);
    if (bad?.cutOff) fail(name, msg('fileCutOff', bad.offset));
    if (bad) {
      fail(name, msg('fileNotUtf8', bad.offset, bytes[bad.offset]!.toString(16).toUpperCase().padStart(2, '0')));
    }
    text = decode('utf-8', bytes, name, 'UTF-8');
  }
  // Control characters other than tab and line breaks: a binary file that happens to decode.
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > Math.max(2, text.length / 100)) fail(name, msg('fileBinaryControls'));
  return text;
}

/** What a File offers (and what tests fake). */
export interface ByteSource {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reads and decodes a file, refusing one over maxBytes before reading it. */
export async function readTextFile(file: ByteSource, maxBytes: number, name = file.name): Promise<string> {
  if (file.size > maxBytes) tooLarge(name, file.size, maxBytes);
  return decodeTextFile(name, new Uint8Array(await file.arrayBuffer()), maxBytes);
}
