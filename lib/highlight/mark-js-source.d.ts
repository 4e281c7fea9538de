// Types for mark.js's ES module source (the class its bundle is built from), as far as painting uses it.
declare module 'mark.js/src/lib/mark.js' {
  import type Mark from 'mark.js';

  /** What mark.js's `getTextNodes` hands on: the text of its nodes joined, and where each node lies in it. */
  export interface MarkTextNodes {
    value: string;
    nodes: { start: number; end: number; node: Text }[];
  }

  export default class MarkJS {
    constructor(ctx: Node | Node[]);
    ctx: unknown;
    /** mark.js's options merged with its defaults (markRanges sets them). */
    get opt(): object;
    set opt(options: object);
    markRanges(ranges: Mark.Range[], options?: Mark.MarkRangesOptions): void;
    getTextNodes(cb: (dict: MarkTextNodes) => void): void;
    /** Cuts `node` at `start` and `end` and wraps the middle in a mark; returns the node's text after it. */
    wrapRangeInTextNode(node: Text, start: number, end: number): Text;
    /** markRanges's loop over its checked ranges (start and length numbers by then), over `getTextNodes`'s dictionary. */
    wrapRangeFromIndex(
      ranges: { start: number; length: number }[],
      filterCb: (node: Text, range: { start: number; length: number }, match: string, counter: number) => boolean,
      eachCb: (element: Element, range: { start: number; length: number }) => void,
      endCb: () => void,
    ): void;
  }
}
