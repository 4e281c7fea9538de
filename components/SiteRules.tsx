import { useState } from 'preact/hooks';
import { setSiteRule, SITE_RULES, type Settings, type SiteRule } from '../lib/settings';
import { t } from './strings';
import type { UpdateSettings } from './use-settings';

interface Props {
  settings: Settings;
  update: UpdateSettings;
}

export const SITE_RULE_LABEL: Record<SiteRule, string> = { always: t.siteRuleAlways, never: t.siteRuleNever, ask: t.siteRuleAsk };

/** "vnexpress.net", "https://vnexpress.net/a/b" → "vnexpress.net"; null when it names no host. */
export function hostnameOf(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  try {
    const host = new URL(/^[a-z]+:\/\//.test(text) ? text : `https://${text}`).hostname;
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || host === 'localhost' ? host : null;
  } catch {
    return null;
  }
}

function RuleSelect({ value, label, onChange }: { value: SiteRule; label: string; onChange: (rule: SiteRule) => void }) {
  return (
    <select class="tc-select" aria-label={label} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as SiteRule)}>
      {SITE_RULES.map((rule) => (
        <option key={rule} value={rule}>{SITE_RULE_LABEL[rule]}</option>
      ))}
    </select>
  );
}

/** The per-site rules: change or remove each, add one. */
export function SiteRules({ settings, update }: Props) {
  const [host, setHost] = useState('');
  const [rule, setRule] = useState<SiteRule>('ask');
  const [error, setError] = useState<string | null>(null);
  const sites = Object.keys(settings.siteRules).sort();
  const add = async (event: Event) => {
    event.preventDefault();
    const name = hostnameOf(host);
    if (!name) return setError(t.badHostname);
    setError(null);
    // The typed host stays in the box until the rule is stored: a refused write (said by the page) loses nothing.
    if (await update((s) => setSiteRule(s, name, rule))) setHost('');
  };
  return (
    <section aria-labelledby="tc-sites-title">
      <h2 id="tc-sites-title" class="tc-subtitle">{t.sitesHeading}</h2>
      <p class="tc-summary">{t.sitesExplained}</p>
      {sites.length === 0 ? (
        <p class="tc-empty">{t.noSiteRules}</p>
      ) : (
        <ul class="tc-site-list">
          {sites.map((site) => (
            <li key={site} data-site={site}>
              <span class="tc-doc-title">{site}</span>
              <RuleSelect value={settings.siteRules[site]!} label={t.siteRuleFor(site)} onChange={(r) => void update((s) => setSiteRule(s, site, r))} />
              <button type="button" class="tc-button-secondary" aria-label={t.removeSiteRule(site)} onClick={() => void update((s) => setSiteRule(s, site, null))}>
                {t.removeDocument}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="tc-row tc-add-site" onSubmit={add}>
        <label class="tc-label">
          {t.addSiteLabel}
          <input class="tc-input" value={host} onInput={(e) => setHost((e.currentTarget as HTMLInputElement).value)} aria-invalid={error ? true : undefined} />
        </label>
        <RuleSelect value={rule} label={t.newSiteRule} onChange={setRule} />
        <button type="submit" class="tc-button">{t.addSiteRule}</button>
      </form>
      {error && <p class="tc-error" role="alert">{error}</p>}
    </section>
  );
}
