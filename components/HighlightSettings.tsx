import { useState } from 'preact/hooks';
import { ENTITY_KINDS, type EntityKind } from '../lib/entities/types';
import { checkKindColor } from '../lib/highlight/color-check';
import { DEFAULT_COLORS, setKindColor, setKindHidden, STRENGTH_RANGE, type KindColor, type Settings } from '../lib/settings';
import { KIND_LABEL, t } from './strings';
import type { UpdateSettings } from './use-settings';

interface Props {
  settings: Settings;
  update: UpdateSettings;
}

const ratio = (n: number) => n.toFixed(1);

/** One kind: shown or not, its colour and strength; a colour that fails the contrast check is shown, explained, and not saved. */
function KindRow({ kind, settings, update }: Props & { kind: EntityKind }) {
  // The reader's latest choice: kept while it is being saved (so a second change made before
  // the storage round trip builds on it, not on the old colour) or when it failed the check.
  const [draft, setDraft] = useState<KindColor | null>(null);
  const saved = settings.colors[kind];
  const shown = draft ?? saved;
  const check = checkKindColor(shown);
  const choose = async (next: KindColor) => {
    setDraft(next);
    if (!checkKindColor(next).ok) return;
    await update((s) => setKindColor(s, kind, next));
    // Saved: the settings now show it (unless a newer choice is already under way).
    setDraft((current) => (current === next ? null : current));
  };
  const id = `tc-kind-${kind}`;
  return (
    <li class="tc-kind-row" data-kind-settings={kind}>
      <label class="tc-kind-toggle">
        <input type="checkbox" checked={!settings.hiddenKinds.includes(kind)} onChange={(e) => {
            const shown = (e.currentTarget as HTMLInputElement).checked;
            void update((s) => setKindHidden(s, kind, !shown));
          }}
        />
        <span class={`tc-swatch tc-kind-${kind}`} aria-hidden="true" />
        {KIND_LABEL[kind]}
      </label>
      <div class="tc-row">
        <label class="tc-label" for={`${id}-color`}>{t.kindColor(KIND_LABEL[kind])}</label>
        <input id={`${id}-color`} type="color" value={shown.color} onInput={(e) => void choose({ ...shown, color: (e.currentTarget as HTMLInputElement).value })} />
        <label class="tc-label" for={`${id}-strength`}>{t.kindStrength(KIND_LABEL[kind])}</label>
        <input
          id={`${id}-strength`}
          type="range"
          min={STRENGTH_RANGE.min}
          max={STRENGTH_RANGE.max}
          step={0.02}
          value={shown.strength}
          aria-valuetext={`${Math.round(shown.strength * 100)}%`}
          onInput={(e) => void choose({ ...shown, strength: Number((e.currentTarget as HTMLInputElement).value) })}
        />
        <button type="button" class="tc-button-secondary" data-reset-color onClick={() => void choose(DEFAULT_COLORS[kind])}>
          {t.resetColor}
        </button>
      </div>
      <p class={check.ok ? 'tc-ok' : 'tc-error'} role={check.ok ? 'status' : 'alert'} data-contrast={check.ok ? 'ok' : 'fail'}>
        {check.ok
          ? t.contrastOk(ratio(check.light), ratio(check.dark))
          : t.contrastFail(ratio(check.light), ratio(check.dark), check.advice === 'lighter' ? t.adviceLighter : t.adviceDarker)}
      </p>
    </li>
  );
}

/** Each kind on or off, in the reader's colour. */
export function HighlightSettings(props: Props) {
  return (
    <section aria-labelledby="tc-highlights-title">
      <h2 id="tc-highlights-title" class="tc-subtitle">{t.highlightsHeading}</h2>
      <p class="tc-summary">{t.highlightsExplained}</p>
      <ul class="tc-kind-list">
        {ENTITY_KINDS.map((kind) => (
          <KindRow key={kind} kind={kind} {...props} />
        ))}
      </ul>
    </section>
  );
}
