import { useEffect, useRef } from 'preact/hooks';
import { EntityPanel, type EntityRef } from './EntityPanel';
import type { PanelApi } from './panel-api';
import { StopHoverOffer } from './StopHoverOffer';
import { t } from './strings';

export interface Anchor {
  top: number;
  bottom: number;
  left: number;
}

const CARD_WIDTH = 400;
const GAP = 6;

/** Places the card under the highlight, or above it when there is more room there. */
export function cardPosition(anchor: Anchor, viewport: { width: number; height: number }) {
  const left = Math.max(8, Math.min(anchor.left, viewport.width - CARD_WIDTH - 8));
  const below = viewport.height - anchor.bottom;
  return below >= viewport.height / 3 || below >= anchor.top
    ? { left, top: anchor.bottom + GAP, maxHeight: below - GAP - 8 }
    : { left, bottom: viewport.height - anchor.top + GAP, maxHeight: anchor.top - GAP - 8 };
}

interface Props {
  entity: EntityRef;
  anchor: Anchor;
  api: PanelApi;
  onClose: () => void;
  /** Given when the card opened on hover: one click switches back to opening on click (rejects if not stored). */
  onStopHover?: () => unknown;
}

/**
 * The in-page card: a dialog beside the clicked highlight. Esc or the close button closes it.
 * A click (or Enter) moves focus into the card; a card opened by hovering leaves focus where
 * the reader had it, so a pointer passing over a name never pulls the caret out of a comment
 * box or scrolls the page under a keyboard reader.
 */
export function EntityCard({ entity, anchor, api, onClose, onStopHover }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const openedByHover = onStopHover !== undefined;
  useEffect(() => {
    if (!openedByHover) ref.current?.focus();
  }, [entity.entityId, anchor, openedByHover]);
  const position = cardPosition(anchor, { width: window.innerWidth, height: window.innerHeight });
  const style = {
    left: `${position.left}px`,
    ...('top' in position ? { top: `${position.top}px` } : { bottom: `${position.bottom}px` }),
    maxHeight: `${Math.max(position.maxHeight, 160)}px`,
  };
  return (
    <div
      ref={ref}
      class="tc-card"
      role="dialog"
      aria-labelledby="tc-card-title"
      tabIndex={-1}
      style={style}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <button type="button" class="tc-close" aria-label={t.close} title={t.close} onClick={onClose}>
        ×
      </button>
      {onStopHover && <StopHoverOffer stopHover={onStopHover} />}
      <EntityPanel entity={entity} api={api} headingId="tc-card-title" />
    </div>
  );
}
