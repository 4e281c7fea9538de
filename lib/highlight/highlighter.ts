// Highlights a page: collect blocks, match, paint — in slices that yield to the
// page, the blocks in view first. Keeps what it painted so it can remove every
// highlight, and re-reads blocks the page changes.

import type { MentionFinder } from '../match/matcher';
import type { Mention } from '../match/types';
import type { PageEntity } from '../messages';
import { collectTextBlocks, walkTextBlocks, type BlockWalk, type TextBlock } from './blocks';
import { paintsDetached, planDetached, restoreRuns, swapIn, type DetachedPaint, type PaintedRun } from './detached-paint';
import { blockText, paintBatch, unpaint, HIGHLIGHT_TAG, type BlockText, type PaintJob } from './paint';
import { browserScheduler, immediateScheduler, type Scheduler } from './scheduler';
import { matchInWindows, WINDOW, type WindowFinder } from './windows';
import { rememberNames } from './name-memory';

/** A long block being matched window by window, over several slices. */
interface MatchJob {
  block: TextBlock;
  text: BlockText;
  steps: Generator<void, Mention[], void>;
  /** The page's address when its reading started. */
  address: string;
}
/**
 * A block read before the name memory learned a name it holds: read again (reread), a painted one from what it was
 * painted from, another after its subtree is walked a step per turn.
 */
interface RereadItem {
  reread: Element;
  walk?: BlockWalk;
  blocks?: TextBlock[];
}
/** What is painted of a block and the mentions found in it. */
interface PaintedBlock {
  elements: Element[];
  mentions: Mention[];
  /** The block and its text as read when it was painted: a block read again is read from them, its highlights on. */
  block: TextBlock;
  text: BlockText;
  /** Painted off the page (detached-paint.ts): what went in, once it has; true while it is being painted. */
  runs?: PaintedRun[];
  pending?: boolean;
  /** While pending: the block's highlights from before, in the page until these go in. */
  replaces?: PaintedBlock;
}
/** A block painted off the page, a part per turn, then put in the page in one go. */
interface DetachedJob {
  job: PaintJob;
  entry: PaintedBlock;
  plan?: DetachedPaint;
  part: number;
}
type WorkItem = TextBlock | Element | MatchJob | RereadItem | DetachedJob;

export interface HighlightStats {
  /** Mentions highlighted in the page (a block painted off the page counts once it is put in). */
  mentions: number;
  blocks: number;
  /** Main-thread time spent highlighting, in ms (collecting, matching, painting). */
  workMs: number;
  /** Of which reading blocks' text and matching it. */
  matchMs: number;
  /** Of which reading the page into blocks (the first walk; blocks re-read after changes count as work only). */
  collectMs: number;
  /** Of which painting (mark.js calls and the marks' attributes). */
  paintMs: number;
  /** Time spent before highlighting began (language gate, compiling the matcher), in ms. */
  startupMs: number;
  /** Time spent noticing the page's changes (mutation records), in ms. */
  followMs: number;
  /** Rounds of the page's changes handed to the highlighter (at most one per follow interval). */
  followRounds: number;
  /** The longest single slice, in ms. */
  longestSliceMs: number;
  slices: number;
  /** True when the page had more mentions than are painted. */
  capped: boolean;
  done: boolean;
}

export interface HighlighterOptions {
  scheduler?: Scheduler;
  /** Time budget of one slice, ms. */
  sliceMs?: number;
  /** At most this many mentions are painted on one page. */
  maxMentions?: number;
  /** Called when a full pass or a refresh has finished. */
  onIdle?: () => void;
  /** Runs the highlighter's DOM work (so a mutation observer can tell it apart from the page's). */
  wrapWork?: <T>(work: () => T) => T;
  /** Called with the document or shadow root of each block painted, before painting. */
  onPaintRoot?: (root: Document | ShadowRoot) => void;
}

export interface Highlighter {
  /** Highlights the whole root (blocks in view first). */
  start(): void;
  /** Re-reads the blocks that hold these nodes (the page changed them). */
  refresh(nodes: Iterable<Node>): void;
  mentions(): Mention[];
  /** Every painted element (parts of split mentions included). */
  elements(): Element[];
  stats(): HighlightStats;
  /** Removes every highlight and stops all work. */
  destroy(): void;
}

export const DEFAULT_MAX_MENTIONS = 5000;
const SCOPE_BLOCKS = 'p, li, td, th, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dd, dt';

const atOnce = (task: () => void) => {
  task();
  return () => {};
};

/**
 * Index of the first block whose box reaches the viewport (blocks are roughly in vertical order). A hidden tab
 * shows none of them: its boxes are not read (that would lay the page out for nothing).
 */
function firstVisibleIndex(blocks: TextBlock[]): number {
  const doc = blocks[0]?.element.ownerDocument;
  if (!doc?.defaultView || doc.visibilityState === 'hidden' || blocks.length < 2 || typeof blocks[0]!.element.getBoundingClientRect !== 'function') return 0;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.element.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createHighlighter(root: Element, pageMatcher: MentionFinder, options: HighlighterOptions = {}): Highlighter {
  // A name found beside a title is found again where this page names it bare (never on another page),
  // also in the blocks read before it: those are read again next. A block read in windows is read again
  // after the blocks waiting now instead, so that the names they teach are learned by then: once for all of
  // them, not once per block that teaches one.
  const rereads = new Set<Element>();
  const windowed = new WeakSet<Element>();
  /**
   * What the last reading of a long block found, in which text and at which address: read again for a name, its
   * windows ask findAgain. Only at the same address: what it found holds the bare names of the page it was read on,
   * which another page's memory has forgotten (a single-page app's new address).
   */
  const readInWindows = new WeakMap<Element, { text: string; found: Mention[]; address: string }>();
  const address = () => root.ownerDocument.location?.href ?? '';
  const foundBefore = (element: Element, text: string) => {
    const last = readInWindows.get(element);
    return last?.text === text && last.address === address() ? last.found : undefined;
  };
  const matcher = rememberNames<Element>(pageMatcher, address, {
    isGone: (element) => !element.isConnected,
    onEarlier: (elements) => {
      const fresh = elements.filter((element) => !rereads.has(element));
      for (const element of fresh) rereads.add(element);
      pushFront(fresh.filter((element) => !windowed.has(element)).map((element) => ({ reread: element })));
      // Only the work loop calls the matcher, and it reads the queue to its end: pushed as is, not through
      // enqueue (which would schedule a slice from inside one; the immediate scheduler would run it there).
      for (const element of fresh) if (windowed.has(element)) queue.push({ reread: element });
    },
  });
  const scheduler = options.scheduler ?? browserScheduler;
  // About one frame of work per turn. Shorter turns let the browser lay the new marks out between more of them,
  // and its garbage collection of that layout's objects then ran inside our turns: at 1 MB, 8 ms turns cost
  // about 5 ms more of the script's CPU than 16 ms turns (12 fresh-browser loads each, alternated).
  const sliceMs = options.sliceMs ?? 16;
  const maxMentions = options.maxMentions ?? DEFAULT_MAX_MENTIONS;
  /** Painted elements and the mentions found, per block element. */
  const painted = new Map<Element, PaintedBlock>();
  /** Blocks to read, or whole scopes the page changed (read afresh when their turn comes). */
  // A deque in two parts: `front` (a stack: items to do next) and `queue` read from `head`,
  // so taking the next item never shifts a 20,000-item array.
  const queue: WorkItem[] = [];
  let head = 0;
  const front: WorkItem[] = [];
  const pending = () => front.length + queue.length - head;
  const next = () => front.pop() ?? (head < queue.length ? queue[head++] : undefined);
  const pushFront = (items: WorkItem[]) => {
    for (let i = items.length - 1; i >= 0; i--) front.push(items[i]!);
  };
  let cancel: (() => void) | undefined;
  /** Collecting's own: a slice of the page's changes asked meanwhile takes `cancel`, not this (destroy cancels both). */
  let cancelCollecting: (() => void) | undefined;
  /** True from start() until the page's blocks are queued: the page's changes read meanwhile are not the whole pass. */
  let collecting = false;
  let scheduled = false;
  let destroyed = false;
  const stats: HighlightStats = {
    mentions: 0, blocks: 0, workMs: 0, matchMs: 0, collectMs: 0, paintMs: 0, startupMs: 0, followMs: 0, followRounds: 0, longestSliceMs: 0, slices: 0, capped: false, done: false,
  };

  /** Mentions of blocks still being painted off the page: not in the page, so not counted yet, but within the cap. */
  let pendingMentions = 0;

  const clearBlock = (element: Element) => {
    const entry = painted.get(element);
    if (!entry) return;
    clearEntry(entry);
    painted.delete(element);
  };
  const clearEntry = (entry: PaintedBlock) => {
    // A block still being painted off the page has nothing in the page yet (but the highlights it replaces).
    if (entry.runs) restoreRuns(entry.runs);
    if (entry.pending) pendingMentions -= entry.mentions.length;
    else {
      unpaint(entry.elements);
      stats.mentions -= entry.mentions.length;
    }
    if (entry.replaces) clearEntry(entry.replaces);
    entry.replaces = undefined;
  };

  /** The page changed the block since it was collected. */
  const isStale = (block: TextBlock) => {
    for (const node of block.nodes) if (!block.element.contains(node)) return true; // a removed node too
    return false;
  };

  /** `before`: what a reading of the same text found (a block read again for a name): a long one is searched for the names alone. */
  const processBlock = (block: TextBlock, text = blockText(block), before?: Mention[]) => {
    if (text.text.length > WINDOW) {
      // A huge block is matched window by window, one per turn of the loop.
      const element = block.element;
      windowed.add(element);
      let redoBefore = 0;
      const find: WindowFinder = (raw, index, earlier) => {
        if (earlier) return matcher.findAgain(raw, earlier, element, index); // searched for the names alone (its text is kept already)
        const found = matcher.find(raw, element, index > 0);
        // A name learned now (here or in a block read since the last window) that earlier windows hold: those are
        // read again once, after the last window, rather than the block started over for each name.
        if (rereads.delete(element)) redoBefore = index;
        return found;
      };
      pushFront([{ block, text, steps: matchInWindows(text.text, find, WINDOW, () => redoBefore, before), address: address() }]);
      return;
    }
    const mentions = matcher.find(text.text, block.element);
    clock = scheduler.now();
    stats.matchMs += clock - itemStarted;
    // Checked only before painting: most blocks have nothing to paint, and a big
    // block's check (a call per node) cost more than reading its text.
    if (mentions.length > 0 && isStale(block)) pushFront([block.element]);
    else paintBlock(block, text, mentions);
  };

  /**
   * Reads a block again on its own (its nested blocks stay as they are). A painted block is read from what was read
   * when it was painted, its highlights on until the new ones replace them (paintBlock). Another block's own text is
   * found by walking its subtree, a step per turn: a wrapper with loose text can hold most of the page.
   */
  const reread = (item: RereadItem) => {
    const element = item.reread;
    if (!item.walk) {
      if (!rereads.delete(element)) return; // read again already (a long block re-reads its windows: processBlock)
      if (!element.isConnected) return;
      flushBatch(); // its first painting may still be queued
      const read = painted.get(element);
      if (read && !isStale(read.block)) {
        processBlock(read.block, read.text, foundBefore(element, read.text.text));
        return;
      }
      clearBlock(element);
      item.blocks = [];
      item.walk = walkTextBlocks(element, item.blocks);
    }
    if (!item.walk.step()) pushFront([item]);
    else if (element.isConnected && !painted.has(element)) {
      const own = item.blocks!.find((block) => block.element === element);
      if (own && !own.highlighted) {
        const text = blockText(own);
        processBlock(own, text, foundBefore(element, text.text));
      }
    }
  };

  const stepJob = (job: MatchJob) => {
    const step = job.steps.next();
    clock = scheduler.now();
    stats.matchMs += clock - itemStarted;
    // (A window read a second time asks no matcher, so no name is learned meanwhile: the block reads on.)
    if (!step.done) pushFront([job]);
    else if (isStale(job.block)) pushFront([job.block.element]);
    else if (job.block.element.isConnected) {
      // Read across a change of address, its windows hold bare names of two pages: not kept.
      if (job.address === address()) readInWindows.set(job.block.element, { text: job.text.text, found: step.value, address: job.address });
      else readInWindows.delete(job.block.element);
      paintBlock(job.block, job.text, step.value);
    }
  };

  const paintBlock = (block: TextBlock, text: BlockText, found: Mention[]) => {
    // A block read again with its highlights on: the new ones take their place (and their room under the cap).
    const old = painted.get(block.element);
    let mentions = found;
    const room = maxMentions - stats.mentions - pendingMentions + (old?.mentions.length ?? 0) + (old?.replaces?.mentions.length ?? 0);
    if (mentions.length > room) {
      stats.capped = true;
      mentions = mentions.slice(0, Math.max(0, room));
    }
    if (mentions.length === 0) {
      if (old) takeOut(block, text);
      return;
    }
    // Read once per walk, not per block (a page moving blocks between roots is re-read when it does).
    const rootNode = block.root ?? block.element.getRootNode();
    if (rootNode !== block.element) options.onPaintRoot?.(rootNode as Document | ShadowRoot);
    const job: PaintJob = { block, text, mentions, painted: [] };
    if (paintsDetached(job)) {
      // Too much for one slice: painted off the page over several (detached-paint.ts), counted once it is in; the
      // highlights in the page from before stay until then (those of a block still pending have not gone in).
      const inPage = old?.pending ? old.replaces : old;
      if (old?.pending) {
        old.replaces = undefined;
        clearBlock(block.element);
      }
      const entry: PaintedBlock = { elements: job.painted, mentions, block, text, pending: true, replaces: inPage };
      painted.set(block.element, entry);
      pendingMentions += mentions.length;
      pushFront([{ job, entry, part: 0 }]);
      return;
    }
    if (old && !takeOut(block, text)) return;
    // Painted with the slice's other blocks in a few mark.js calls (flushBatch), before the slice ends.
    stats.mentions += mentions.length;
    batch.push(job);
    batchMentions += mentions.length;
    painted.set(block.element, { elements: job.painted, mentions, block, text });
  };

  /**
   * Removes a block's highlights before new ones go in, in the same turn. False when the page changed the block's
   * text meanwhile (the new mentions were found in the old): it is read afresh then.
   */
  const takeOut = (block: TextBlock, text: BlockText): boolean => {
    flushBatch(); // the old ones may still be queued
    clearBlock(block.element);
    if (!isStale(block) && blockText(block).text === text.text) return true;
    pushFront([block.element]);
    return false;
  };

  /** One turn of a block painted off the page: plan, a part, or putting it in the page. */
  const stepDetached = (item: DetachedJob) => {
    const { job, entry } = item;
    const element = job.block.element;
    if (painted.get(element) !== entry) return; // cleared meanwhile (the page changed it, or highlights went off)
    if (!item.plan) item.plan = planDetached(job);
    else if (item.part < item.plan.parts.length) paintBatch([item.plan.parts[item.part++]!]);
    else {
      // The highlights from before go out as these go in (swapIn finds the page's nodes whole again).
      if (entry.replaces) clearEntry(entry.replaces);
      entry.replaces = undefined;
      const runs = isStale(job.block) ? null : swapIn(item.plan);
      if (runs) {
        entry.runs = runs;
        entry.pending = false;
        pendingMentions -= entry.mentions.length;
        stats.mentions += entry.mentions.length;
      } else {
        // The page changed the block while it was being painted: read it again.
        clearBlock(element);
        pushFront([element]);
      }
    }
    clock = scheduler.now();
    stats.paintMs += clock - itemStarted;
    if (entry.pending) pushFront([item]);
  };

  let batch: PaintJob[] = [];
  let batchMentions = 0;
  let paintedMentions = 0;
  /** What painting the queued mentions will take, at the pace painting has had so far (first guess 20 µs each). */
  const batchCostMs = () => batchMentions * (paintedMentions > 0 ? stats.paintMs / paintedMentions : 0.02);
  const flushBatch = () => {
    if (batch.length) {
      const started = scheduler.now();
      paintBatch(batch);
      const now = scheduler.now();
      stats.paintMs += now - started;
      paintedMentions += batchMentions;
      // Within an item (a block read again paints what is queued first): matching is timed from here on, and the
      // item's end is read afresh.
      itemStarted = now;
      clock = -1;
    }
    batch = [];
    batchMentions = 0;
  };

  const schedule = () => {
    if (scheduled || destroyed) return;
    scheduled = true;
    cancel = scheduler.later(() => {
      scheduled = false;
      runSlice();
    });
  };

  const wrap = options.wrapWork ?? (<T>(work: () => T) => work());

  const runSlice = () => {
    if (destroyed) return;
    const started = scheduler.now();
    wrap(() => {
      drain(started);
      flushBatch();
    });
    const spent = scheduler.now() - started;
    stats.workMs += spent;
    stats.slices++;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
    if (pending() > 0) schedule();
    else if (!collecting) {
      stats.done = true;
      options.onIdle?.();
    }
  };

  /**
   * The clock as last read while working on the current item (-1: not read), and when the item began: the clock is
   * read once per item (a read costs about half a microsecond, and a 1 MB page has thousands of blocks). An item's
   * matching or painting is timed from its start: the few checks before them count in.
   */
  let clock = -1;
  let itemStarted = 0;
  /** Works through the queue until the slice's time is up. */
  const drain = (started: number) => {
    let item: WorkItem | undefined;
    itemStarted = started;
    while ((item = next())) {
      clock = -1;
      if ('steps' in item) stepJob(item);
      else if ('reread' in item) reread(item);
      else if ('entry' in item) stepDetached(item);
      else if ('nodes' in item) {
        // The page may have changed the block since it was collected: it is read again then
        // (processBlock checks before painting).
        const block = item;
        // Painted already (by a refresh, or holding highlights from before): never paint twice.
        if (block.element.isConnected && !painted.has(block.element) && !block.highlighted) processBlock(block);
        else if (isStale(block)) pushFront([block.element]);
        stats.blocks++;
      } else if (item.isConnected) {
        flushBatch();
        for (const el of [...painted.keys()]) if (item.contains(el)) clearBlock(el);
        pushFront(collectTextBlocks(item));
      }
      // Painting a block's mentions after matching them is queued (flushBatch): the clock read then is
      // recent. The slice ends when what it did plus the painting still queued fills its time.
      itemStarted = clock >= 0 ? clock : scheduler.now();
      if (itemStarted - started + batchCostMs() >= sliceMs) break;
    }
  };

  const enqueue = (items: WorkItem[]) => {
    // The queue read to its end is emptied; `front` is kept: it may hold work in progress
    // (a big block painted off the page, blocks to read again).
    if (head > 0 && head === queue.length) {
      queue.length = 0;
      head = 0;
    }
    for (const item of items) queue.push(item);
    stats.done = false;
    schedule();
  };

  /** A slice of collecting: the walk's, or reading which blocks are in view. */
  const countCollecting = (spent: number) => {
    stats.workMs += spent;
    stats.collectMs += spent;
    stats.slices++;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
  };

  return {
    start() {
      // Collecting is itself cut into slices: on a 5 MB page one walk is a long task.
      const blocks: TextBlock[] = [];
      const walk = walkTextBlocks(root, blocks);
      const collectSlice = () => {
        if (destroyed) return;
        const started = scheduler.now();
        let finished = false;
        for (;;) {
          if (walk.step()) {
            finished = true;
            break;
          }
          if (scheduler.now() - started >= sliceMs) break;
        }
        countCollecting(scheduler.now() - started);
        if (!finished) cancelCollecting = scheduler.later(collectSlice);
        // Which blocks are in view is read once the browser has laid the page out itself. Read at once, on a page
        // just loaded, the first box could force the style of the whole page into this task: 9–12 ms of CPU in 4
        // of 15 traced loads of the bench's 1 MB page.
        else cancelCollecting = (scheduler.afterFrame ?? atOnce)(enqueueInViewFirst);
      };
      const enqueueInViewFirst = () => {
        if (destroyed) return;
        const started = scheduler.now();
        const first = firstVisibleIndex(blocks);
        countCollecting(scheduler.now() - started);
        collecting = false;
        enqueue([...blocks.slice(first), ...blocks.slice(0, first)]);
      };
      stats.done = false;
      collecting = true;
      collectSlice();
    },
    refresh(nodes) {
      // Blocks the page removed took their highlights with them: they no longer count (the badge, the side panel).
      for (const element of [...painted.keys()]) if (!element.isConnected) clearBlock(element);
      const scopes = new Set<Element>();
      for (const node of nodes) {
        let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
        if (!el || !el.isConnected) continue;
        el = el.closest(HIGHLIGHT_TAG)?.parentElement ?? el;
        // Re-read the nearest block around the change, and every block inside it.
        scopes.add(el.closest(SCOPE_BLOCKS) ?? el);
      }
      // A scope inside another scope is read with it.
      const outer = [...scopes].filter((s) => ![...scopes].some((o) => o !== s && o.contains(s)));
      if (outer.length) enqueue(outer);
    },
    mentions: () => [...painted.values()].flatMap((p) => (p.pending ? (p.replaces?.mentions ?? []) : p.mentions)),
    elements: () => [...painted.values()].flatMap((p) => (p.pending ? (p.replaces?.elements ?? []) : p.elements)),
    stats: () => ({ ...stats }),
    destroy() {
      destroyed = true;
      cancel?.();
      cancelCollecting?.();
      batch = [];
      batchMentions = 0;
      wrap(() => {
        for (const element of [...painted.keys()]) clearBlock(element);
      });
      queue.length = 0;
      front.length = 0;
      head = 0;
      rereads.clear();
    },
  };
}

/** Highlights everything at once, synchronously: for evaluation and tests. */
export function highlightPage(root: Element, matcher: MentionFinder, maxMentions = DEFAULT_MAX_MENTIONS) {
  const highlighter = createHighlighter(root, matcher, { scheduler: immediateScheduler, sliceMs: Infinity, maxMentions });
  highlighter.start();
  return { mentions: highlighter.mentions(), destroy: () => highlighter.destroy(), stats: highlighter.stats };
}

// One collator for every summary: `localeCompare(b, 'vi')` sets the locale up again on each comparison (in CPU
// profiles of the 1 MB bench page, about 18 ms over the status requests of one load; the popup asks for them too).
let vietnameseOrder: Intl.Collator | undefined;

/** Entities of the page with their counts, most mentioned first. */
export function summarizeMentions(mentions: Mention[]): PageEntity[] {
  const byEntity = new Map<string, PageEntity>();
  for (const m of mentions) {
    const entry = byEntity.get(m.entityId);
    if (entry) entry.count++;
    else byEntity.set(m.entityId, { entityId: m.entityId, kind: m.kind, name: m.text, count: 1 });
  }
  const order = (vietnameseOrder ??= new Intl.Collator('vi'));
  return [...byEntity.values()].sort((a, b) => b.count - a.count || order.compare(a.name, b.name));
}
