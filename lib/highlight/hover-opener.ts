// Opening the card when the pointer rests on a highlight: after the reader's
// delay, cancelled when the pointer leaves the highlight first. A highlight
// inside a link is left to the link.

export interface HoverOpenerOptions {
  /** The highlight behind an event target, if the reader can open it. */
  highlightAt: (target: EventTarget | null) => Element | null;
  /** The delay in ms, or null when the card opens on click only. */
  delay: () => number | null;
  open: (mark: Element) => void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface HoverOpener {
  over(target: EventTarget | null): void;
  out(related: EventTarget | null): void;
  cancel(): void;
}

export function createHoverOpener(options: HoverOpenerOptions): HoverOpener {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let timer: unknown;
  let waitingOn: Element | null = null;
  const cancel = () => {
    if (waitingOn) clearTimer(timer);
    waitingOn = null;
  };
  return {
    over(target) {
      const delay = options.delay();
      if (delay === null) return;
      const mark = options.highlightAt(target);
      if (!mark || mark === waitingOn || mark.closest('a[href]')) return;
      cancel();
      waitingOn = mark;
      timer = setTimer(() => {
        waitingOn = null;
        options.open(mark);
      }, delay);
    },
    out(related) {
      // Not `instanceof Node`: a node inside a same-origin frame is of that frame's Node.
      if (waitingOn && !(isNode(related) && waitingOn.contains(related))) cancel();
    },
    cancel,
  };
}

const isNode = (target: EventTarget | null): target is Node => typeof (target as Node | null)?.nodeType === 'number';
