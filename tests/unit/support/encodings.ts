// Test data in the encodings readers' files come in.

/** UTF-16 bytes, little or big endian, with or without a byte order mark. */
export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array<ArrayBuffer> {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (endian === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (endian === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

let table: Map<string, number> | undefined;
/**
 * Windows-1258 bytes, as an old Vietnamese Windows program saved them: base
 * letters (â, ơ, đ…) precomposed where the code page has them, tones as
 * combining marks. The table comes from the platform's own decoder.
 */
export function windows1258(text: string): Uint8Array<ArrayBuffer> {
  if (!table) {
    const decoder = new TextDecoder('windows-1258');
    table = new Map(Array.from({ length: 256 }, (_, b) => [decoder.decode(Uint8Array.of(b)), b] as [string, number]));
  }
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = table.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // The base letter with the one mark the code page has precomposed (â, ơ…), then the tone marks.
    const [base, ...marks] = [...ch.normalize('NFD')];
    const j = marks.findIndex((m) => table!.has(`${base}${m}`.normalize('NFC')));
    const pieces = j < 0 ? [base!, ...marks] : [`${base}${marks[j]}`.normalize('NFC'), ...marks.filter((_, i) => i !== j)];
    for (const piece of pieces) {
      const b = table.get(piece);
      if (b === undefined) throw new Error(`Windows-1258 has no ${JSON.stringify(piece)}`);
      out.push(b);
    }
  }
  return Uint8Array.from(out);
}
