import { HOVER_DELAY_RANGE, setCardTrigger, type Settings } from '../lib/settings';
import { t } from './strings';
import type { UpdateSettings } from './use-settings';

interface Props {
  settings: Settings;
  update: UpdateSettings;
}

/** When the card opens: on click, or when the pointer rests on a highlight for a while. */
export function CardTriggerSettings({ settings, update }: Props) {
  return (
    <section aria-labelledby="tc-card-trigger-title">
      <h2 id="tc-card-trigger-title" class="tc-subtitle">{t.cardHeading}</h2>
      <fieldset class="tc-kinds">
        <legend class="tc-visually-hidden">{t.cardHeading}</legend>
        <label class="tc-kind-toggle">
          <input type="radio" name="tc-card-trigger" value="click" checked={settings.cardTrigger === 'click'} onChange={() => void update((s) => setCardTrigger(s, 'click'))} />
          {t.cardOnClick}
        </label>
        <label class="tc-kind-toggle">
          <input type="radio" name="tc-card-trigger" value="hover" checked={settings.cardTrigger === 'hover'} onChange={() => void update((s) => setCardTrigger(s, 'hover'))} />
          {t.cardOnHover}
        </label>
      </fieldset>
      <label class="tc-label">
        {t.hoverDelay}
        <input
          class="tc-input tc-delay"
          type="number"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={100}
          value={settings.hoverDelayMs}
          disabled={settings.cardTrigger !== 'hover'}
          onChange={(e) => {
            const delay = Number((e.currentTarget as HTMLInputElement).value);
            void update((s) => setCardTrigger(s, s.cardTrigger, delay));
          }}
        />
      </label>
    </section>
  );
}
