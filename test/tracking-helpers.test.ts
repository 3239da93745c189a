// `trackingHelpers`: a tracking helper defined in another file (`import { pushToDataLayer } from
// '../utils/gtm'`) is read at each call site as the tracker call the settings declare. Each file is
// analyzed on its own, so without the declaration such a call is invisible (real-repository run,
// session 30, #4: the main way health page titles reached GTM there).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Linter } from 'eslint';
import plugin from 'eslint-plugin-phiguard';
import type { TrackingHelper } from '@phiguard/core';
import { analyzeContainer } from '@phiguard/gtm';
import { describe, expect, it } from 'vitest';
import { EV, expectFindings, PR, AM, viaEslint, viaGtm } from './parity-helpers.js';

const cwd = path.resolve('/project');
const lint = (code: string, filename: string, trackingHelpers: unknown) =>
  new Linter({ cwd })
    .verify(code, [plugin.configs.recommended, { files: ['**/*.ts'] }, { settings: { phiguard: { trackingHelpers } } }], path.join(cwd, filename))
    .map((m) => `${m.line}:${m.column} ${m.ruleId}`);

const gtmHelper: TrackingHelper = { name: 'pushToDataLayer', from: './src/utils/gtm', calls: 'dataLayer.push($1)' };
const PAGE_VIEW = `pushToDataLayer({ event: 'page_view', page_title: 'Depression treatment' });`;

describe('trackingHelpers in ESLint', () => {
  it('matches a relative import by the module it resolves to, from any directory', () => {
    expect(lint(`import { pushToDataLayer } from '../utils/gtm';\n${PAGE_VIEW}`, 'src/pages/care.ts', [gtmHelper])).toEqual(['2:51 phiguard/no-health-event-properties']);
    expect(lint(`import { pushToDataLayer } from '../../utils/gtm/index';\n${PAGE_VIEW}`, 'src/pages/care/page.ts', [gtmHelper])).toEqual(['2:51 phiguard/no-health-event-properties']);
    expect(lint(`import { pushToDataLayer } from './utils/gtm.ts';\n${PAGE_VIEW}`, 'src/app.ts', [gtmHelper])).toEqual(['2:51 phiguard/no-health-event-properties']);
  });

  it('does not match the same name from another module', () => {
    expect(lint(`import { pushToDataLayer } from '../utils/gtm';\n${PAGE_VIEW}`, 'lib/pages/care.ts', [gtmHelper])).toEqual([]);
    expect(lint(`import { pushToDataLayer } from 'gtm-helpers';\n${PAGE_VIEW}`, 'src/app.ts', [gtmHelper])).toEqual([]);
  });

  it('matches an alias as written, and several spellings of one module', () => {
    const helper = { ...gtmHelper, from: ['@/utils/gtm', './src/utils/gtm'] };
    expect(lint(`import { pushToDataLayer } from '@/utils/gtm';\n${PAGE_VIEW}`, 'src/pages/care.ts', [helper])).toEqual(['2:51 phiguard/no-health-event-properties']);
    expect(lint(`import { pushToDataLayer } from '../utils/gtm';\n${PAGE_VIEW}`, 'src/pages/care.ts', [helper])).toEqual(['2:51 phiguard/no-health-event-properties']);
  });

  it('is silent without the declaration: the file names no tracker', () => {
    expect(lint(`import { pushToDataLayer } from '../utils/gtm';\n${PAGE_VIEW}`, 'src/pages/care.ts', [])).toEqual([]);
  });

  it('reads a component declared as a helper: rendering it is its call, $1 its props', () => {
    const helper = { name: 'ViewItemTracker', from: '@/components/analytics', calls: "fbq('track', 'ViewContent', { content_name: $1.name, content_category: $1.category })" };
    const jsx = (code: string) =>
      new Linter({ cwd })
        .verify(code, [plugin.configs.recommended, { files: ['**/*.tsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }, { settings: { phiguard: { trackingHelpers: [helper] } } }], path.join(cwd, 'src/app/page.tsx'))
        .map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message.slice(0, 60)}`);
    const code = `import { ViewItemTracker } from '@/components/analytics';\nexport default function Page() {\n  return <main><ViewItemTracker name="Dentistry treatment" category="Services" /><ViewItemTracker name="Gift cards" /></main>;\n}`;
    expect(jsx(code)).toEqual(['3:38 phiguard/no-health-event-properties Meta event parameter "content_name" sends "Dentistry treatme']);
    expect(jsx(code.replace("'@/components/analytics'", "'@/components/other'"))).toEqual([]);
    // Through a namespace or default import, and destructured from one.
    expect(jsx(`import * as T from '@/components/analytics';\nexport const P = () => <T.ViewItemTracker name="Dentistry treatment" />;`)).toEqual(['2:48 phiguard/no-health-event-properties Meta event parameter "content_name" sends "Dentistry treatme']);
    expect(jsx(`import T from '@/components/analytics';\nconst { ViewItemTracker } = T;\nexport const P = () => <ViewItemTracker name="Dentistry treatment" />;`)).toEqual(['3:46 phiguard/no-health-event-properties Meta event parameter "content_name" sends "Dentistry treatme']);
    // A component of the file itself is read as code.
    expect(jsx('function ViewItemTracker({ name }) { return <p>{name}</p>; }\nexport const P = () => <ViewItemTracker name="Dentistry treatment" />;')).toEqual([]);
  });

  it('stops the run with the reason for a wrong declaration', () => {
    expect(() => lint(PAGE_VIEW, 'src/app.ts', [{ name: 'pushToDataLayer', calls: 'dataLayr.push($1)' }])).toThrow(
      'phiguard: invalid settings.phiguard in the ESLint config: trackingHelpers[0].calls: "dataLayr.push($1)" does not call a tracker function phiguard knows',
    );
  });

  it('stops the run for a `from` path that names no module from the working directory', () => {
    // A real project on disk: the check needs the directory ESLint runs in to exist.
    const project = mkdtempSync(path.join(tmpdir(), 'phiguard-helpers-'));
    try {
      mkdirSync(path.join(project, 'src', 'utils', 'gtm'), { recursive: true });
      writeFileSync(path.join(project, 'src', 'utils', 'gtm', 'index.ts'), 'export {};\n');
      mkdirSync(path.join(project, 'src', 'lib'));
      writeFileSync(path.join(project, 'src', 'lib', 'track.mjs'), 'export {};\n');
      const run = (from: string | string[]) =>
        new Linter({ cwd: project })
          .verify(`import { pushToDataLayer } from '../utils/gtm';\n${PAGE_VIEW}`, [plugin.configs.recommended, { files: ['**/*.ts'] }, { settings: { phiguard: { trackingHelpers: [{ ...gtmHelper, from }] } } }], path.join(project, 'src/pages/care.ts'))
          .map((m) => `${m.line}:${m.column} ${m.ruleId}`);
      // A directory with an index, a file with any extension, an absolute path: found.
      expect(run('./src/utils/gtm')).toEqual(['2:51 phiguard/no-health-event-properties']);
      expect(run(['./src/lib/track', path.join(project, 'src/utils/gtm')])).toEqual(['2:51 phiguard/no-health-event-properties']);
      // Copied from the import in src/pages/care.ts: it is read from the project's directory.
      expect(() => run('../utils/gtm')).toThrow(`trackingHelpers[0].from: no module at "../utils/gtm" (${path.resolve(project, '../utils/gtm')}); a path is resolved from the directory ESLint runs in (${project})`);
      expect(() => run(['@/utils/gtm', './utils/gtm'])).toThrow('trackingHelpers[0].from[1]: no module at "./utils/gtm"');
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe('trackingHelpers in phiguard-gtm', () => {
  const helpers: TrackingHelper[] = [
    { name: 'trackEvent', calls: 'dataLayer.push({ event: $1, ...$2 })' },
    { name: 'identifyPatient', calls: 'ttq.identify($1)' },
  ];
  const code = `window.trackEvent('hiv_test_ordered', { condition: 'HIV' });\nidentifyPatient({ email: {{DLV - email}} });`;

  it('reads a site helper called from Custom HTML, from the config', () => {
    expectFindings(viaGtm(code, false, { trackingHelpers: helpers }), [
      [EV, /Google Tag Manager data layer event name "hiv_test_ordered"/u],
      [PR, /"condition" sends "HIV"/u],
      [AM, /TikTok advanced matching sends email \(\{\{DLV - email\}\}\) through identifyPatient\(\) → ttq\.identify\(\)/u],
    ]);
    expect(viaGtm(code)).toEqual([]);
  });

  it('gives the same findings as ESLint for the same snippet', () => {
    const snippet = `window.trackEvent('hiv_test_ordered', { condition: 'HIV' });\nidentifyPatient({ email: user.email });`;
    expect(viaGtm(snippet, false, { trackingHelpers: helpers })).toEqual(viaEslint(snippet, '', { trackingHelpers: helpers }));
    expect(viaEslint(snippet, '', { trackingHelpers: helpers })).toHaveLength(3);
  });

  it('reads a declaration with `from` too: Custom HTML has no imports, a site helper is a global of the page', () => {
    const shared: TrackingHelper[] = [{ name: 'trackEvent', from: '@/lib/analytics', calls: 'dataLayer.push({ event: $1 })' }];
    expectFindings(viaGtm("window.trackEvent('hiv_test_ordered');", false, { trackingHelpers: shared }), [[EV, /Google Tag Manager data layer event name "hiv_test_ordered"/u]]);
  });

  it('rejects a wrong declaration in the config, naming the field', () => {
    const text = JSON.stringify({ exportFormatVersion: 2, containerVersion: { tag: [] } });
    expect(() => analyzeContainer(text, { config: { trackingHelpers: [{ name: 'track', calls: 'track($1)' }] } })).toThrow(/trackingHelpers\[0\]\.calls: "track\(\$1\)" does not call a tracker function/u);
  });
});
