import { fileURLToPath } from 'node:url';
import { analyzeContainer, type AnalyzeContainerOptions } from '../src/analyze.js';
import type { GtmResult } from '../src/report.js';

export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
export { corpusDir, hasShared } from '../../../test/shared.js';

export const T = (key: string, value: string) => ({ type: 'TEMPLATE', key, value });
export const B = (key: string, value: boolean) => ({ type: 'BOOLEAN', key, value: String(value) });
export const row = (cells: Record<string, string>) => ({ type: 'MAP', map: Object.entries(cells).map(([k, v]) => T(k, v)) });
export const table = (key: string, rows: Array<Record<string, string>>) => ({ type: 'LIST', key, list: rows.map(row) });
export const NEEDED = { consentStatus: 'NEEDED', consentType: { type: 'LIST', list: [{ type: 'TEMPLATE', value: 'ad_storage' }] } };

export interface Parts {
  tag?: unknown[];
  trigger?: unknown[];
  variable?: unknown[];
  builtInVariable?: unknown[];
  customTemplate?: unknown[];
  zone?: unknown[];
  usageContext?: string[];
}

/** A container export as GTM writes it (pretty-printed), from the given entities. */
export function gtm(parts: Parts): string {
  const { usageContext = ['WEB'], ...rest } = parts;
  return JSON.stringify(
    { exportFormatVersion: 2, exportTime: '2026-01-01 00:00:00', containerVersion: { containerId: '1', container: { publicId: 'GTM-TEST', name: 'test', usageContext }, ...rest } },
    null,
    2,
  );
}

let nextId = 100;

export function tag(name: string, type: string, parameter: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { tagId: String(nextId++), name, type, parameter, firingTriggerId: ['2147479553'], consentSettings: NEEDED, ...extra };
}

export const html = (name: string, code: string, extra: Record<string, unknown> = {}) => tag(name, 'html', [T('html', code)], extra);

export function analyze(parts: Parts | string, options: AnalyzeContainerOptions = {}): GtmResult {
  return analyzeContainer(typeof parts === 'string' ? parts : gtm(parts), options);
}

/** `ruleId tagName` lines, sorted: compact to compare. */
export const summary = (r: GtmResult): string[] => r.messages.map((m) => `${m.ruleId} ${m.gtm.name}`).sort();
