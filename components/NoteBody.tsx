import { Fragment } from 'preact';

// http(s) addresses in a note become links; nothing else does. The text is
// given to Preact as text, so markup in a note shows as typed.
const LINK = /\bhttps?:\/\/[^\s<>"'`]+/gi;

export function linkParts(text: string): { text: string; href?: string }[] {
  const parts: { text: string; href?: string }[] = [];
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    // Trailing punctuation belongs to the sentence, not the address.
    const url = m[0].replace(/[.,;:!?)\]]+$/, '');
    const at = m.index!;
    if (at > last) parts.push({ text: text.slice(last, at) });
    let href: string | undefined;
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') href = parsed.href;
    } catch {
      href = undefined;
    }
    parts.push(href ? { text: url, href } : { text: url });
    last = at + url.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** A note's body: plain text, line breaks kept (CSS pre-wrap), http(s) links clickable. */
export function NoteBody({ text }: { text: string }) {
  return (
    <p class="tc-note-body">
      {linkParts(text).map((p, i) =>
        p.href ? (
          <a key={i} href={p.href} target="_blank" rel="noopener noreferrer">
            {p.text}
          </a>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </p>
  );
}
