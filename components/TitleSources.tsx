// An official's posts, each with what backs it: the public page(s) that state
// the post and its years (a link opening in a new tab, and our paraphrase of
// what the page says), the seed article that names the official in it, or that
// no source confirms it yet. Collapsed by default: the card stays short.

import type { TitleClaim } from '../lib/entities/types';
import { CONTENT_LANG, formatDate, t } from './strings';

/** "https://en.wikipedia.org/wiki/…" → "en.wikipedia.org": what a reader recognises of a link. */
function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').replace(/\.$/, '');
  } catch {
    return url;
  }
}

export function TitleSources({ claims }: { claims: readonly TitleClaim[] }) {
  if (claims.length === 0) return null;
  return (
    <details class="tc-title-sources">
      <summary>{t.titleSourcesHeading}</summary>
      <ul class="tc-title-claims">
        {claims.map((claim) => (
          <li key={claim.title} class="tc-title-claim" data-evidence={claim.evidence}>
            <span class="tc-title-line" lang={CONTENT_LANG}>{claim.title}</span>
            <ClaimSource claim={claim} />
          </li>
        ))}
      </ul>
    </details>
  );
}

function ClaimSource({ claim }: { claim: TitleClaim }) {
  switch (claim.evidence) {
    case 'public-source':
      return (
        <ul class="tc-title-pages">
          {claim.pages.map((page) => (
            <li key={page.url}>
              <a href={page.url} target="_blank" rel="noopener noreferrer" aria-label={t.titleSourceLink(sourceHost(page.url))}>
                {sourceHost(page.url)}
              </a>
              <span class="tc-title-says" lang={CONTENT_LANG}>{page.says}</span>
            </li>
          ))}
        </ul>
      );
    case 'post-on-date':
      return <p class="tc-title-seed">{t.titleSeedSource(formatDate(claim.source.date))}</p>;
    case 'unverified':
      return <p class="tc-title-unverified">{t.titleUnverified}</p>;
  }
}
