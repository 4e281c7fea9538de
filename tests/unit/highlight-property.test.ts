// Property tests over random DOM trees with random entity text: highlight then
// remove gives back a DOM equal to the original node for node, and highlighting
// twice equals highlighting once.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectTextBlocks } from '../../lib/highlight/blocks';
import { highlightPage } from '../../lib/highlight/highlighter';
import { blockText, paintBatch, unpaint, type PaintJob } from '../../lib/highlight/paint';
import { planDetached, restoreRuns, swapIn } from '../../lib/highlight/detached-paint';
import { defaultMatcher } from '../../lib/match/default-matcher';

const WORDS = [
  'Phạm Bình Minh', 'Phạm', 'Bình Minh', 'CPTPP', 'Hiệp định', 'EVFTA', 'Nghị định 13/2023/NĐ-CP', 'Chỉ thị 25',
  'Thủ tướng', 'Phạm Minh Chính', 'hoà bình', 'hòa bình', 'Mình', 'TP Hồ Chí Minh', 'Chủ tịch Hồ Chí Minh',
  'Nghị quyết Đại hội XIII', ' ', '\u00a0', ', ', '. ', '(', ')', '\n',
];
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom('NFC', 'NFD')), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([w, f]) => w.normalize(f as 'NFC' | 'NFD')).join(''));

type Tree = { kind: 'text'; value: string } | { kind: 'el'; tag: string; children: Tree[] };
const TAGS = ['p', 'div', 'span', 'b', 'i', 'a', 'em', 'li', 'code', 'textarea', 'h2', 'br'];
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((value) => ({ kind: 'text' as const, value })),
    fc.record({
      kind: fc.constant('el' as const),
      tag: fc.constantFrom(...TAGS),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

/** "Phạm <b>Bình Minh</b>" in a paragraph: one mention in two parts. */
const SPLIT_NAME: Tree = {
  kind: 'el',
  tag: 'p',
  children: [{ kind: 'text', value: 'Phạm ' }, { kind: 'el', tag: 'b', children: [{ kind: 'text', value: 'Bình Minh' }] }],
};

function build(parent: Node, nodes: Tree[]) {
  for (const n of nodes) {
    if (n.kind === 'text') parent.appendChild(document.createTextNode(n.value));
    else {
      const el = document.createElement(n.tag);
      if (n.tag !== 'br') build(el, n.children);
      parent.appendChild(el);
    }
  }
}

describe('highlighting random DOM trees (property)', () => {
  it('removing the highlights gives back the original DOM, node for node', () => {
    let runsWithMentions = 0;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), (nodes) => {
        document.body.innerHTML = '';
        build(document.body, nodes);
        const original = document.body.cloneNode(true);
        const session = highlightPage(document.body, defaultMatcher());
        if (session.mentions.length > 0) runsWithMentions++;
        session.destroy();
        expect(document.body.isEqualNode(original)).toBe(true);
      }),
      { numRuns: 150 },
    );
    // The trees are not trivially empty of names.
    expect(runsWithMentions).toBeGreaterThan(50);
  });

  it('highlighting twice equals highlighting once', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), (nodes) => {
        document.body.innerHTML = '';
        build(document.body, nodes);
        highlightPage(document.body, defaultMatcher());
        const once = document.body.innerHTML.replace(/ data-mention="m\d+"/g, '');
        const second = highlightPage(document.body, defaultMatcher());
        expect(second.mentions).toEqual([]);
        expect(document.body.innerHTML.replace(/ data-mention="m\d+"/g, '')).toBe(once);
      }),
      { numRuns: 150 },
    );
  });
});

/** Every block's mentions as the matcher finds them, ready to paint. */
const paintJobs = (root: Element): PaintJob[] =>
  collectTextBlocks(root).map((block) => {
    const text = blockText(block);
    return { block, text, mentions: defaultMatcher().find(text.text), painted: [] };
  });

/** The text of each painted mention, its parts joined: a mention in one piece carries no id, the parts of a split one share theirs. */
function paintedMentionTexts(job: PaintJob): string[] {
  const byMention = new Map<string | Element, string>();
  for (const el of job.painted) {
    const id = el.getAttribute('data-mention') ?? el;
    byMention.set(id, (byMention.get(id) ?? '') + el.textContent);
  }
  return [...byMention.values()];
}

describe('painting blocks together in one mark.js call (property)', () => {
  it('paints every mention exactly, in parts that read its text, however the blocks are batched', () => {
    let split = 0;
    fc.assert(
      fc.property(
        fc.array(tree, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 4 }),
        (nodes, perBatch) => {
          document.body.innerHTML = '';
          build(document.body, nodes);
          const original = document.body.cloneNode(true);
          const jobs = paintJobs(document.body);
          for (let i = 0; i < jobs.length; i += perBatch) paintBatch(jobs.slice(i, i + perBatch));
          for (const job of jobs) {
            const texts = paintedMentionTexts(job);
            if (job.painted.length > texts.length) split++;
            expect(texts).toEqual(job.mentions.map((m) => job.text.text.slice(m.start, m.end)));
          }
          for (const job of jobs) unpaint(job.painted);
          expect(document.body.isEqualNode(original)).toBe(true);
        },
      ),
      // Random trees split a mention across inline tags only now and then: this one always does, so the count
      // below cannot pass (or fail) by chance.
      { numRuns: 200, examples: [[[SPLIT_NAME], 4]] },
    );
    // Some mentions were split across inline tags.
    expect(split).toBeGreaterThan(0);
  });
});

describe('painting off the page (property)', () => {
  it('paints every mention in parts on cut stand-ins, puts them in with no new seams, and restores the page exactly', () => {
    let cutSome = 0;
    fc.assert(
      fc.property(
        fc.array(tree, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 4 }),
        (nodes, longNode, perPart) => {
          document.body.innerHTML = '';
          build(document.body, nodes);
          const original = document.body.cloneNode(true);
          const seams = () => [...document.body.querySelectorAll('*')].flatMap((el) => [...el.childNodes]).filter((n) => n.nodeType === Node.TEXT_NODE && n.nextSibling?.nodeType === Node.TEXT_NODE).length;
          const seamsBefore = seams();
          const jobs = paintJobs(document.body);
          const runs = [];
          for (const job of jobs) {
            const plan = planDetached(job, longNode, perPart);
            if (plan.parts.length > 1 && plan.parts[0]!.block.nodes.length > job.block.nodes.length) cutSome++;
            for (const part of plan.parts) paintBatch([part]);
            // Painted off the page: nothing in it until the swap.
            expect(job.painted.some((el) => el.isConnected)).toBe(false);
            runs.push(...swapIn(plan)!);
          }
          for (const job of jobs) {
            expect(job.painted.every((el) => el.isConnected)).toBe(true);
            expect(paintedMentionTexts(job)).toEqual(job.mentions.map((m) => job.text.text.slice(m.start, m.end)));
          }
          // The pieces' seams are glued: no text node beside another that was not beside one before.
          expect(seams()).toBeLessThanOrEqual(seamsBefore);
          restoreRuns(runs);
          for (const job of jobs) unpaint(job.painted);
          expect(document.body.isEqualNode(original)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
    // Some blocks were cut into parts (about 1 in 20 runs: > 0 of 200 fails once in ~20,000 runs, where > 10 failed
    // in about half of them).
    expect(cutSome).toBeGreaterThan(0);
  });
});

describe('found by the property tests', () => {
  it('a textarea holding elements next to a block with two mentions (once hung painting)', () => {
    document.body.innerHTML = '';
    build(document.body, [
      { kind: 'el', tag: 'h2', children: [{ kind: 'el', tag: 'i', children: [{ kind: 'text', value: '\nChỉ thị 25Chỉ thị 25' }] }] },
      { kind: 'text', value: 'CPTPP, Bình MinhCPTPP' },
      { kind: 'text', value: 'Phạm Minh ChínhBình Minh, (Nghị quyết Đại hội XIII ' },
      { kind: 'el', tag: 'p', children: [] },
      {
        kind: 'el', tag: 'textarea', children: [
          { kind: 'el', tag: 'li', children: [{ kind: 'text', value: '(\nBình MinhPhạm Bình Minh' }] },
          { kind: 'text', value: 'Phạm Bình Minh\nChỉ thị 25TP Hồ Chí Minh)' },
          { kind: 'el', tag: 'span', children: [{ kind: 'el', tag: 'br', children: [] }] },
          { kind: 'text', value: 'hòa bình ' },
        ],
      },
    ]);
    const original = document.body.cloneNode(true);
    const session = highlightPage(document.body, defaultMatcher());
    expect(session.mentions.map((m) => m.entityId)).toContain('cptpp');
    session.destroy();
    expect(document.body.isEqualNode(original)).toBe(true);
  });
});
