import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Log, Notification, ReportingDescriptor, Result } from 'sarif';
import type { RuleId } from '@phiguard/core';
import type { GtmMessage, GtmResult } from '../report.js';
import { RULES, RULE_IDS } from '../rules.js';
import type { Formatter } from './index.js';
import { headline } from './text.js';

const toUri = (path: string) => path.split(sep).map(encodeURIComponent).join('/');

/**
 * Stable across runs and line shifts: rule, message id, entity, field, evidence and what the
 * message names (the call, the variable), not the position. Two findings that still agree on all
 * of that (the same identifiers sent twice by one script) are told apart by their order, so code
 * scanning never merges them into one alert.
 */
function fingerprint(m: GtmMessage, seen: Map<string, number>): string {
  const evidence = m.evidence ? JSON.stringify(m.evidence) : '';
  // The field inside the entity, without the entity's array index (which moves when tags are added).
  const field = (m.jsonPath ?? '').replace(/^(?:containerVersion\.)?\w+\[\d+\]/u, '');
  const key = [m.ruleId ?? '', m.messageId ?? '', m.gtm.kind, m.gtm.id, field, evidence, m.message, m.via ?? ''].join('\u0000');
  const nth = (seen.get(key) ?? 0) + 1;
  seen.set(key, nth);
  return createHash('sha256').update(nth > 1 ? `${key}\u0000${nth}` : key).digest('hex').slice(0, 32);
}

/** SARIF 2.1.0 for GitHub code scanning: rule help links, fingerprints and the tag as a logical location. */
export const sarif: Formatter = (results, context) => {
  const ruleIndex = new Map<RuleId, number>(RULE_IDS.map((id, i) => [id, i]));
  const rules: ReportingDescriptor[] = RULE_IDS.map((id) => ({
    id,
    name: id.replace(/(^|-)([a-z])/gu, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: RULES[id].description },
    helpUri: RULES[id].url,
    help: { text: `${RULES[id].description}. See ${RULES[id].url}` },
    properties: { tags: ['privacy', 'health'] },
  }));
  const sarifResults: Result[] = [];
  const notifications: Notification[] = [];
  const artifacts: Array<{ location: { uri: string; uriBaseId?: string } }> = [];
  for (const r of results as GtmResult[]) {
    const rel = relative(context.cwd, r.filePath) || r.filePath;
    // A file outside the working directory (`../exports/gtm.json`) is not under %SRCROOT%: its absolute URI says where it is.
    const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
    const base = outside ? {} : { uriBaseId: '%SRCROOT%' };
    const uri = outside ? pathToUri(resolve(context.cwd, r.filePath)) : toUri(rel);
    const artifactIndex = artifacts.push({ location: { uri, ...base } }) - 1;
    const physical = (m: { line: number; column: number; endLine: number; endColumn: number }) => ({
      artifactLocation: { uri, ...base, index: artifactIndex },
      region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: Math.max(m.endColumn, m.line === m.endLine ? m.column + 1 : 1) },
    });
    const fingerprints = new Map<string, number>();
    const toResult = (m: GtmMessage): Result | undefined => {
      if (!m.ruleId) {
        notifications.push({ level: m.severity === 2 ? 'error' : 'warning', message: { text: headline(m) }, locations: [{ physicalLocation: physical(m) }] });
        return undefined;
      }
      return {
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId)!,
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: headline(m) },
        locations: [
          {
            physicalLocation: physical(m),
            logicalLocations: [m.gtm, ...(m.sharedWith ?? [])].map((g) => ({ kind: 'object', name: g.name, fullyQualifiedName: `${g.kind}:${g.id}/${g.name}` })),
          },
        ],
        partialFingerprints: { 'phiguardFinding/v1': fingerprint(m, fingerprints) },
        properties: { gtm: m.gtm, ...(m.sharedWith ? { sharedWith: m.sharedWith } : {}), ...(m.evidence ? { evidence: m.evidence } : {}), ...(m.via ? { via: m.via } : {}) },
      };
    };
    for (const m of r.messages) {
      const res = toResult(m);
      if (res) sarifResults.push(res);
    }
    for (const m of r.suppressedMessages) {
      const res = toResult(m);
      if (res) sarifResults.push({ ...res, suppressions: (m.suppressions ?? []).map((s) => ({ kind: s.kind === 'directive' ? 'inSource' : 'external', justification: s.justification })) });
    }
    for (const n of r.notices) {
      notifications.push({
        level: 'note',
        message: { text: n.message },
        ...(n.line === undefined ? {} : { locations: [{ physicalLocation: physical({ line: n.line, column: n.column ?? 1, endLine: n.line, endColumn: (n.column ?? 1) + 1 }) }] }),
      });
    }
  }
  const log: Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'phiguard-gtm', informationUri: 'https://github.com/phiguard/phiguard/blob/main/docs/gtm.md', version: context.version ?? '0.0.0', rules } },
        artifacts,
        results: sarifResults,
        invocations: [{ executionSuccessful: !results.some((r) => r.fatalErrorCount > 0), toolExecutionNotifications: notifications }],
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToUri(context.cwd)}/` } },
        // Columns count UTF-16 code units, as ESLint's do; SARIF's default is code points.
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};

function pathToUri(dir: string): string {
  const p = dir.split(sep).map(encodeURIComponent).join('/');
  return `file://${p.startsWith('/') ? '' : '/'}${p}`;
}
