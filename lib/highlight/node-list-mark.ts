// mark.js's own class (the same pinned version as its package's bundle, from its ES module source), with the
// three steps of `markRanges` that cost a page most done for a list of text nodes painting already holds:
// - where the ranges lie: mark.js walked its contexts for their text nodes (a NodeIterator per context, an exclude
//   check of five selectors on each), then, for every range, rebuilt its whole text (the text before the mark
//   joined to the text after it) and shifted every node after it: each range copied the call's text once more,
//   about 4 MB of copies on the bench's 1 MB page, and a call had to stay small. Here the nodes are given, every
//   offset stays the text's as read, and each node remembers where the last cut left its tail;
// - the mark: mark.js made each one afresh (`createElement`, its `data-markjs` attribute, a class), and painting
//   then set its data attributes one by one. Here each is a copy of an element made once (for painting, once per
//   entity, its data attributes on it): a copy shares its attributes with the element it copies until one is set.
// mark.js still merges the options, checks the ranges (`checkRanges`), and calls `filter`, `each`, `noMatch` and
// `done` as its own `markRanges` does; the node is cut and the mark put in its place as mark.js does it.

import MarkJS from 'mark.js/src/lib/mark.js';

/** A range as mark.js's `checkRanges` keeps it: its start and length are numbers by then. */
export interface CheckedRange {
  start: number;
  length: number;
}

/** What mark.js's own whitespace check (`replace(/\s+/g, '')`, then empty) lets through: a character that is not `\s`. */
const NOT_SPACE = /\S/;

interface MarkOptions {
  element: string;
  className: string;
  noMatch: (range: CheckedRange) => void;
}

export class NodeListMark extends MarkJS {
  /** The call's text nodes, in order (mark.js's context list). */
  declare ctx: Text[];
  /**
   * The element a range's marks are copies of (its attributes included). Without it, mark.js's own: an element named
   * by the `element` option (`mark` when empty), with `data-markjs="true"` and the `className` option's class.
   */
  markFor?: (range: CheckedRange) => Element;
  /** The options object last given, and mark.js's merge of it with its defaults. */
  private given: object | undefined;
  private merged: MarkOptions | undefined;
  /** mark.js's own mark for the merged options, made once. */
  private ownMark: Element | undefined;
  /** What the range being painted is wrapped in (a copy of it), and the copy put in the page last. */
  private model: Element | undefined;
  private wrapped: Element | undefined;

  constructor(nodes: Text[]) {
    super(nodes);
  }

  /**
   * mark.js merges the options given with its ~20 defaults (four new closures among them) at every call: the
   * same options object given again is merged once. mark.js never writes its merged options.
   */
  override set opt(given: object) {
    if (given !== this.given || !this.merged) {
      super.opt = given;
      this.given = given;
      this.merged = super.opt as MarkOptions;
      this.ownMark = undefined;
    }
  }

  override get opt(): object {
    return this.merged!;
  }

  /**
   * mark.js's `wrapRangeFromIndex`: each checked range, in order, cut out of the nodes it covers and wrapped, a mark
   * per node, told to `filter` before each cut (with the range's text) and to `each` after it; a range past the
   * text's end or over whitespace alone is `noMatch`ed instead (one running past the end stops there); then `done`.
   * A range starting inside the last one painted (checkRanges lets one through when it ends after it) is
   * `noMatch`ed too: mark.js does so when both lie in one node, and across nodes cut text it never meant to.
   */
  override wrapRangeFromIndex(
    ranges: CheckedRange[],
    filterCb: (node: Text, range: CheckedRange, match: string, counter: number) => boolean,
    eachCb: (element: Element, range: CheckedRange) => void,
    endCb: () => void,
  ): void {
    const nodes = this.ctx;
    const count = nodes.length;
    // Each node's text as read, where it starts in the call's text, its tail (what the last cut left of it, the
    // whole node before any) and where that tail starts in the node.
    const texts: string[] = [];
    const starts: number[] = [];
    const tails: Text[] = [];
    const cuts: number[] = [];
    let length = 0;
    for (let i = 0; i < count; i++) {
      const data = nodes[i]!.data;
      texts.push(data);
      starts.push(length);
      tails.push(nodes[i]!);
      cuts.push(0);
      length += data.length;
    }
    const options = this.merged!;
    let at = 0; // the node the last range started in: ranges come in order (checkRanges)
    let paintedTo = 0; // where the last range painted ends
    for (let counter = 0; counter < ranges.length; counter++) {
      const range = ranges[counter]!;
      let start = range.start;
      const end = Math.min(start + range.length, length);
      if (start < paintedTo || start >= end) {
        options.noMatch(range);
        continue;
      }
      // The node holding `start`: the last one starting at or before it (so an empty node is passed over).
      while (at + 1 < count && starts[at + 1]! <= start) at++;
      const match = textBetween(texts, starts, at, start, end);
      if (!NOT_SPACE.test(match)) {
        options.noMatch(range);
        continue;
      }
      this.model = this.markFor ? this.markFor(range) : (this.ownMark ??= this.makeOwnMark(options));
      paintedTo = end;
      for (let i = at; ; ) {
        if (!filterCb(tails[i]!, range, match, counter)) break;
        const nodeEnd = starts[i]! + texts[i]!.length;
        const from = start - starts[i]!;
        const to = Math.min(end, nodeEnd) - starts[i]!;
        tails[i] = this.wrapRangeInTextNode(tails[i]!, from - cuts[i]!, to - cuts[i]!);
        cuts[i] = to;
        eachCb(this.wrapped!, range);
        if (end <= nodeEnd) break;
        // On into the next node that holds text.
        start = nodeEnd;
        do i++;
        while (i + 1 < count && starts[i + 1]! <= start);
      }
    }
    this.model = undefined;
    this.wrapped = undefined;
    endCb();
  }

  /**
   * mark.js's cut: the node's text from `start` to `end` becomes its own node, put in a mark that takes its place;
   * returns the node's text after the mark. The mark is a copy of the range's element, not one made afresh.
   */
  override wrapRangeInTextNode(node: Text, start: number, end: number): Text {
    const middle = node.splitText(start);
    const after = middle.splitText(end - start);
    const mark = (this.model ?? (this.ownMark ??= this.makeOwnMark(this.merged!))).cloneNode(false) as Element;
    mark.textContent = middle.data;
    middle.parentNode!.replaceChild(mark, middle);
    this.wrapped = mark;
    return after;
  }

  private makeOwnMark(options: MarkOptions): Element {
    const mark = document.createElement(options.element || 'mark');
    mark.setAttribute('data-markjs', 'true');
    if (options.className) mark.setAttribute('class', options.className);
    return mark;
  }
}

/** The call's text from `start` to `end`, `start` lying in node `at`: mostly a slice of one node's text. */
function textBetween(texts: string[], starts: number[], at: number, start: number, end: number): string {
  const offset = starts[at]!;
  if (end - offset <= texts[at]!.length) return texts[at]!.slice(start - offset, end - offset);
  let text = texts[at]!.slice(start - offset);
  for (let i = at + 1; i < texts.length && starts[i]! < end; i++) text += texts[i]!.slice(0, end - starts[i]!);
  return text;
}
