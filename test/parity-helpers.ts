/**
 * Helpers shared by the parity tests (test/parity.test.ts, test/parity-probe.test.ts): run a snippet
 * through the ESLint rules and through a GTM Custom HTML tag, with positions relative to the snippet.
 * Moved unchanged from test/parity.test.ts.
 */
import type { PhiguardOptions } from '@phiguard/core';
import { analyzeContainer, JsonLocator } from '@phiguard/gtm';
import { Linter } from 'eslint';
import plugin from 'eslint-plugin-phiguard';
import { expect, it } from 'vitest';

export const ruleIds = Object.keys(plugin.rules);
export const linter = new Linter({ configType: 'flat' });
export const config: Linter.Config[] = [
  {
    files: ['**/*.js'],
    plugins: { phiguard: plugin },
    rules: Object.fromEntries(ruleIds.map((id) => [`phiguard/${id}`, 'error'])),
    languageOptions: { ecmaVersion: 'latest', sourceType: 'script' },
  },
];

export interface Seen {
  ruleId: string;
  message: string;
  line: number;
  column: number;
}

/** `prefix`: text before the snippet on its first line (positions are given relative to the snippet); `phiguard`: settings.phiguard. */
export function viaEslint(code: string, prefix = '', phiguard?: PhiguardOptions): Seen[] {
  return linter
    .verify(code, phiguard ? [...config, { settings: { phiguard } }] : config, 'snippet.js')
    .map((m) => {
      expect(m.fatal, m.message).toBeFalsy();
      const column = m.line === 1 ? m.column - prefix.length : m.column;
      return { ruleId: (m.ruleId ?? '').replace(/^phiguard\//u, ''), message: m.message, line: m.line, column };
    })
    .sort(order);
}

export const PREFIX = '<script>\n';

/** Markup assigned to `innerHTML` in a template literal: no escapes, so offsets hold. */
export const INNER_HTML = 'document.getElementById("px").innerHTML = `';
export function markupViaEslint(markup: string): Seen[] {
  expect(markup).not.toMatch(/[`\\]|\$\{/u);
  return viaEslint(`${INNER_HTML}${markup}\`;`, INNER_HTML);
}

/** `code` as a GTM Custom HTML tag: a script's body, or (`markup`) the HTML itself; `config`: phiguard-gtm's config. */
export function viaGtm(code: string, markup = false, config?: PhiguardOptions): Seen[] {
  const prefix = markup ? '' : PREFIX;
  const html = markup ? code : `${PREFIX}${code}\n</script>`;
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
  const result = analyzeContainer(text, { config });
  // Map each GTM position back to the snippet: file → decoded HTML string → snippet line/column.
  const locator = new JsonLocator(text);
  const token = locator.locate(['containerVersion', 'tag', 0, 'parameter', 0, 'value']).start;
  const fileToSnippet = new Map<string, { line: number; column: number }>();
  for (let i = 0; i <= code.length; i++) {
    const { line, column } = locator.lineColumn(locator.stringOffset(token, prefix.length + i));
    const before = code.slice(0, i);
    const snippetLine = before.split('\n').length;
    const snippetColumn = i - (before.lastIndexOf('\n') + 1) + 1;
    fileToSnippet.set(`${line}:${column}`, { line: snippetLine, column: snippetColumn });
  }
  // Every snippet here parses in ESLint, so GTM must read all of it too (no "could not be fully read").
  expect(result.messages.filter((m) => m.messageId === 'unreadable').map((m) => m.message)).toEqual([]);
  return result.messages
    .filter((m) => m.ruleId !== null)
    .map((m) => {
      const at = fileToSnippet.get(`${m.line}:${m.column}`);
      expect(at, `${m.ruleId} at ${m.line}:${m.column} is inside the snippet`).toBeDefined();
      return { ruleId: m.ruleId!, message: m.message, line: at!.line, column: at!.column };
    })
    .sort(order);
}

/** phiguard's HTML parser (`configs.html`), with every shared rule on. */
const htmlConfig: Linter.Config[] = [{ ...plugin.configs.html, rules: config[0]!.rules }];

/**
 * `code` as an HTML page linted through phiguard's HTML parser: a script's body, or (`markup`) the
 * page itself, as `viaGtm` builds its Custom HTML; positions are relative to the snippet.
 */
export function viaHtmlPage(code: string, markup = false): Seen[] {
  const html = markup ? code : `${PREFIX}${code}\n</script>`;
  const shift = markup ? 0 : PREFIX.split('\n').length - 1;
  return linter
    .verify(html, htmlConfig, 'page.html')
    .map((m) => {
      expect(m.fatal, m.message).toBeFalsy();
      expect(m.messageId, m.message).not.toBe('unreadableScript');
      return { ruleId: (m.ruleId ?? '').replace(/^phiguard\//u, ''), message: m.message, line: m.line - shift, column: m.column };
    })
    .sort(order);
}

export const order = (a: Seen, b: Seen) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

/** The rules both front-ends share. */
export type SharedRule = 'no-tracking-pixel' | 'no-advanced-matching' | 'no-health-event-names' | 'no-health-event-properties' | 'no-health-page-triggers';

/** Short names for the shared rules in expected-findings tables. */
export const PX: SharedRule = 'no-tracking-pixel';
export const AM: SharedRule = 'no-advanced-matching';
export const EV: SharedRule = 'no-health-event-names';
export const PR: SharedRule = 'no-health-event-properties';
export const PG: SharedRule = 'no-health-page-triggers';

/** Each expected [rule, message pattern] matches a distinct finding, and there are no others. */
export function expectFindings(found: Seen[], expected: ReadonlyArray<readonly [SharedRule, RegExp]>): void {
  const left = [...found];
  const missing: string[] = [];
  for (const [rule, pattern] of expected) {
    const i = left.findIndex((f) => f.ruleId === rule && pattern.test(f.message));
    if (i === -1) missing.push(`${rule} ~ ${pattern}`);
    else left.splice(i, 1);
  }
  const show = (fs: Seen[]) => fs.map((f) => `${f.line}:${f.column} ${f.ruleId}: ${f.message}`);
  expect({ missing, unexpected: show(left) }, `all findings:\n${show(found).join('\n')}`).toEqual({ missing: [], unexpected: [] });
}

/** Cases of snippets and the findings ESLint must give them; GTM Custom HTML must give the same (`markup`: the snippet is HTML). */
export type ParityCases = Record<string, { code: string; expected: Array<[SharedRule, RegExp]>; markup?: boolean }>;

/** Three tests per case, inside the caller's `describe`: ESLint's findings, then the same through a GTM Custom HTML tag and through an HTML page. */
export function parityCases(cases: ParityCases): void {
  for (const [name, { code, expected, markup }] of Object.entries(cases)) {
    const eslint = () => (markup ? markupViaEslint(code) : viaEslint(code));
    it(`${name}: ESLint${markup ? ' (markup in innerHTML)' : ''} gives the expected findings`, () => {
      expectFindings(eslint(), expected);
    });
    it(`${name}: GTM Custom HTML gives the same findings`, () => {
      expect(viaGtm(code, markup)).toEqual(eslint());
    });
    it(`${name}: an HTML page linted by ESLint gives the same findings`, () => {
      expect(viaHtmlPage(code, markup)).toEqual(eslint());
    });
  }
}
