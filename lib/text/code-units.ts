// Code units to a string, for the normalizer's buffers.

/** Arguments per String.fromCharCode call: well under the engines' limits on arguments. */
const CHUNK = 8192;

/** The string of the first `n` code units of `units` (lone surrogates kept as they are). */
export function stringFromCodeUnits(units: Uint16Array, n: number): string {
  if (n <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  const parts: string[] = [];
  for (let k = 0; k < n; k += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}
