// mark.js's own class (the same pinned version as its package's bundle, from its ES module source), told the
// text nodes to paint instead of walking for them. Painting already holds exactly the nodes a call covers;
// mark.js's walk found the same nodes again through a NodeIterator per context, with an exclude check of
// five selectors on each. mark.js still checks the ranges, cuts the nodes and wraps the marks.

import MarkJS, { type MarkTextNodes } from 'mark.js/src/lib/mark.js';

export class NodeListMark extends MarkJS {
  /** The call's text nodes, in order: what `getTextNodes` reads (mark.js's context list). */
  declare ctx: Text[];
  /** The options object last given, and mark.js's merge of it with its defaults. */
  private given: object | undefined;
  private merged: object | undefined;

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
      this.merged = super.opt;
    }
  }

  override get opt(): object {
    return this.merged!;
  }

  /** mark.js's `getTextNodes`, over the nodes given rather than a walk of them: the same dictionary. */
  override getTextNodes(cb: (dict: MarkTextNodes) => void): void {
    let value = '';
    const nodes: MarkTextNodes['nodes'] = [];
    for (const node of this.ctx) nodes.push({ start: value.length, end: (value += node.data).length, node });
    cb({ value, nodes });
  }
}
