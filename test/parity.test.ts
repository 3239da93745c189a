/**
 * Parity: the same JavaScript gives the same findings through the ESLint rules and through a GTM
 * Custom HTML tag — same rule ids, same messages, same positions relative to the snippet (the GTM
 * side's positions are mapped through the HTML wrapper and the JSON string escapes of the export).
 */
import { analyzeContainer, JsonLocator } from '@phiguard/gtm';
import { Linter } from 'eslint';
import plugin from 'eslint-plugin-phiguard';
import { describe, expect, it } from 'vitest';

const SNIPPETS: Record<string, string> = {
  'TikTok base code': `!function (w, d, t) {
  w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track","identify"];
  ttq.load=function(e,n){var i="https://analytics.tiktok.com/i18n/pixel/events.js";var o=d.createElement("script");o.src=i+"?sdkid="+e+"&lib="+t;d.head.appendChild(o)};
  ttq.load('C4ABCDEFGHIJKLMNOPQR');
  ttq.page();
}(window, document, 'ttq');`,
  'Meta base code': `!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '1234567890');
fbq('track', 'PageView');`,
  'TikTok identify': `ttq.identify({ email: user.email, phone_number: user.phone });`,
  'hashed identify through window': `window.ttq.identify({ sha256_email: hashedEmail, external_id: user.id });`,
  'Meta advanced matching': `fbq('init', '1234567890', { em: email, ph: phone });`,
  'health custom event': `fbq('trackCustom', 'Paid: Weekly Therapy');`,
  'health event name via constant': `const EVENT = 'booked_dermatology_appointment';\nwindow.ttq.track(EVENT);`,
  'health parameter': `fbq('track', 'Lead', { content_category: 'Oncology', value: 1 });`,
  'gtag health event and page path': `gtag('event', 'ivf_consult_booked', { page_path: '/providers/psychiatry' });`,
  'data layer health event': `dataLayer.push({ event: 'hiv_test_order', email: 'jane@example.com' });`,
  'Snap init with identifiers': `snaptr('init', 'abc-123', { user_email: email, user_phone_number: phone });`,
  'tracker-free code stays silent': `fetch('/api/health_check').then(function (r) { console.log('therapy', r.status); });`,
  'script loader for a TikTok URL': `var s = document.createElement('script');\ns.src = 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=ABC';\ndocument.head.appendChild(s);`,
};

const ruleIds = Object.keys(plugin.rules);
const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.js'],
    plugins: { phiguard: plugin },
    rules: Object.fromEntries(ruleIds.map((id) => [`phiguard/${id}`, 'error'])),
    languageOptions: { ecmaVersion: 'latest', sourceType: 'script' },
  },
];

interface Seen {
  ruleId: string;
  message: string;
  line: number;
  column: number;
}

function viaEslint(code: string): Seen[] {
  return linter
    .verify(code, config, 'snippet.js')
    .map((m) => {
      expect(m.fatal, m.message).toBeFalsy();
      return { ruleId: (m.ruleId ?? '').replace(/^phiguard\//u, ''), message: m.message, line: m.line, column: m.column };
    })
    .sort(order);
}

const PREFIX = '<script>\n';

function viaGtm(code: string): Seen[] {
  const html = `${PREFIX}${code}\n</script>`;
  const text = JSON.stringify(
    {
      exportFormatVersion: 2,
      containerVersion: {
        container: { usageContext: ['WEB'] },
        tag: [
          {
            tagId: '1',
            name: 'snippet',
            type: 'html',
            parameter: [{ type: 'TEMPLATE', key: 'html', value: html }],
            firingTriggerId: ['2147479553'],
            consentSettings: { consentStatus: 'NEEDED', consentType: { type: 'LIST', list: [{ type: 'TEMPLATE', value: 'ad_storage' }] } },
          },
        ],
      },
    },
    null,
    2,
  );
  const result = analyzeContainer(text);
  // Map each GTM position back to the snippet: file → decoded HTML string → snippet line/column.
  const locator = new JsonLocator(text);
  const token = locator.locate(['containerVersion', 'tag', 0, 'parameter', 0, 'value']).start;
  const fileToSnippet = new Map<string, { line: number; column: number }>();
  for (let i = 0; i <= code.length; i++) {
    const { line, column } = locator.lineColumn(locator.stringOffset(token, PREFIX.length + i));
    const before = code.slice(0, i);
    const snippetLine = before.split('\n').length;
    const snippetColumn = i - (before.lastIndexOf('\n') + 1) + 1;
    fileToSnippet.set(`${line}:${column}`, { line: snippetLine, column: snippetColumn });
  }
  return result.messages
    .filter((m) => m.ruleId !== null)
    .map((m) => {
      const at = fileToSnippet.get(`${m.line}:${m.column}`);
      expect(at, `${m.ruleId} at ${m.line}:${m.column} is inside the snippet`).toBeDefined();
      return { ruleId: m.ruleId!, message: m.message, line: at!.line, column: at!.column };
    })
    .sort(order);
}

const order = (a: Seen, b: Seen) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

describe('parity: ESLint rules and GTM Custom HTML give the same findings', () => {
  it('the plugin has the four shared rules', () => {
    expect(ruleIds.sort()).toEqual(['no-advanced-matching', 'no-health-event-names', 'no-health-event-properties', 'no-tracking-pixel']);
  });

  it.each(Object.entries(SNIPPETS))('%s', (_name, code) => {
    const eslint = viaEslint(code);
    const gtm = viaGtm(code);
    expect(gtm).toEqual(eslint);
  });

  it('finds something in the snippets that should be found (the comparison is not vacuous)', () => {
    const total = Object.values(SNIPPETS).reduce((n, code) => n + viaEslint(code).length, 0);
    expect(total).toBeGreaterThanOrEqual(12);
    expect(viaEslint(SNIPPETS['tracker-free code stays silent']!)).toEqual([]);
  });
});
