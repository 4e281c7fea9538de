import { ENTITY_KINDS, type EntityKind } from '../lib/entities/types';
import type { SiteRule } from '../lib/settings';
import { KIND_LABEL, t } from './strings';

interface Props {
  /** Null when the page is not highlighted at all (no switch to show). */
  enabled: boolean | null;
  onEnabledChange: (enabled: boolean) => void;
  hiddenKinds: EntityKind[];
  onKindChange: (kind: EntityKind, shown: boolean) => void;
  hostname: string;
  siteRule: SiteRule | null;
  onSiteRuleChange: (rule: SiteRule | null) => void;
  /** The reader's key for turning highlights on and off (components/shortcuts.ts keyOf). */
  toggleKey: string | undefined;
}

/** The reader's switches: this tab on/off, which kinds show, the rule for this site. */
export function PageControls(props: Props) {
  return (
    <section class="tc-controls" aria-label={t.controlsHeading}>
      {props.enabled !== null && (
        <label class="tc-switch">
          <input
            type="checkbox"
            role="switch"
            checked={props.enabled}
            onChange={(e) => props.onEnabledChange((e.currentTarget as HTMLInputElement).checked)}
          />
          {t.highlightsInTab(props.toggleKey)}
        </label>
      )}
      <fieldset class="tc-kinds">
        <legend>{t.showKinds}</legend>
        {ENTITY_KINDS.map((kind) => (
          <label key={kind} class="tc-kind-toggle">
            <input
              type="checkbox"
              checked={!props.hiddenKinds.includes(kind)}
              onChange={(e) => props.onKindChange(kind, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span class={`tc-swatch tc-kind-${kind}`} aria-hidden="true" />
            {KIND_LABEL[kind]}
          </label>
        ))}
      </fieldset>
      {props.hostname && (
        <label class="tc-label">
          {t.siteRuleLabel(props.hostname)}
          <select
            class="tc-select"
            value={props.siteRule ?? 'auto'}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              props.onSiteRuleChange(v === 'auto' ? null : (v as SiteRule));
            }}
          >
            <option value="auto">{t.siteRuleAuto}</option>
            <option value="always">{t.siteRuleAlways}</option>
            <option value="never">{t.siteRuleNever}</option>
            <option value="ask">{t.siteRuleAsk}</option>
          </select>
        </label>
      )}
    </section>
  );
}
