// The parts of a painted mention. A mention in one text node is one mark and
// carries no id; a mention split across inline tags (`Phạm <b>Bình Minh</b>`)
// is painted in parts that share a `data-mention` id and act as one.

export const MENTION_ATTRIBUTE = 'data-mention';

/** The mention's id, or '' for a mention painted in one piece. */
export const mentionIdOf = (mark: Element): string => mark.getAttribute(MENTION_ATTRIBUTE) ?? '';

/** Every part of the mark's mention, in document order (the mark alone when it is whole). */
export function mentionParts(mark: Element): Element[] {
  const id = mentionIdOf(mark);
  if (!id) return [mark];
  return [...(mark.getRootNode() as ParentNode).querySelectorAll(`[${MENTION_ATTRIBUTE}="${id}"]`)];
}

/** True when both marks belong to the same mention. */
export function sameMention(a: Element, b: Element): boolean {
  if (a === b) return true;
  const id = mentionIdOf(a);
  return id !== '' && id === mentionIdOf(b);
}
