import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SHARED_RULE_IDS, ruleDocsUrl } from '@phiguard/core';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import type { PhiguardDocs } from '../src/utils/create-rule.js';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const names = (dir: string, ext: string): string[] =>
  readdirSync(here(dir)).filter((f) => f.endsWith(ext) && f !== 'index.ts').map((f) => f.slice(0, -ext.length)).sort();

const ruleIds = Object.keys(plugin.rules).sort();

describe('plugin layout', () => {
  it('has one source file, one test file and one doc page per rule, and nothing else', () => {
    expect(names('../src/rules', '.ts')).toEqual(ruleIds);
    expect(names('./rules', '.test.ts')).toEqual(ruleIds);
    const docs = names('../../../docs/rules', '.md');
    for (const id of ruleIds) expect(docs).toContain(id);
  });

  it('exports the rules in alphabetical order', () => {
    expect(Object.keys(plugin.rules)).toEqual(ruleIds);
  });

  it('implements exactly the rules shared with the GTM analyzer', () => {
    expect(ruleIds).toEqual([...SHARED_RULE_IDS].sort());
  });

  it('names itself for flat config', () => {
    expect(plugin.meta).toMatchObject({ name: 'eslint-plugin-phiguard', namespace: 'phiguard' });
    expect(plugin.meta.version).toMatch(/^\d+\.\d+\.\d+/u);
  });
});

describe.each(ruleIds)('rule %s', (id) => {
  const rule = plugin.rules[id]!;
  const meta = rule.meta!;
  const doc = readFileSync(here(`../../../docs/rules/${id}.md`), 'utf8');

  it('has complete metadata', () => {
    expect(meta.type).toBe('problem');
    expect(meta.docs?.description).toMatch(/^(Disallow|Require|Enforce) .+[^. ]$/u);
    expect(meta.docs?.url).toBe(ruleDocsUrl(id as never));
    expect(Object.keys(meta.messages ?? {}).length).toBeGreaterThan(0);
    expect(Array.isArray(meta.defaultOptions)).toBe(true);
  });

  it('describes every option in its schema and its docs', () => {
    const schema = (meta.schema as Array<{ properties: Record<string, { description?: string }> }>)[0]!;
    for (const [name, prop] of Object.entries(schema.properties)) {
      expect(prop.description, name).toBeTruthy();
      expect(doc, `docs/rules/${id}.md mentions option ${name}`).toContain(`\`${name}\``);
    }
  });

  it('has the doc sections users look for', () => {
    expect(doc).toMatch(new RegExp(`^# phiguard/${id}\\n`, 'u'));
    expect(doc).toContain(meta.docs!.description!);
    for (const heading of ['## Rule details', '## Examples', '## Options', '## When not to use it']) expect(doc).toContain(heading);
    expect(doc).toContain('❌');
    expect(doc).toContain('✅');
  });

  it('messages are full sentences with placeholders', () => {
    for (const message of Object.values(meta.messages ?? {})) expect(message).toMatch(/^[{A-Z].*\.$/u);
  });
});

describe('configs', () => {
  it('are computed from rule metadata', () => {
    const { recommended, strict, all } = plugin.configs;
    for (const id of ruleIds) {
      const docs = plugin.rules[id]!.meta!.docs as PhiguardDocs;
      expect(recommended.rules?.[`phiguard/${id}`]).toBe(docs.recommended);
      expect(all.rules?.[`phiguard/${id}`]).toBe('error');
      expect(strict.rules?.[`phiguard/${id}`]).toEqual(docs.strictOptions ? ['error', docs.strictOptions] : 'error');
    }
  });

  it('recommended reports high-confidence rules as errors and heuristics as warnings', () => {
    expect(plugin.configs.recommended.rules).toEqual({
      'phiguard/no-advanced-matching': 'error',
      'phiguard/no-health-event-names': 'error',
      'phiguard/no-health-event-properties': 'warn',
      'phiguard/no-health-page-triggers': 'error',
      'phiguard/no-tracking-pixel': 'error',
    });
  });

  it('carry the plugin under its namespace', () => {
    for (const config of Object.values(plugin.configs)) {
      expect(config.plugins?.phiguard).toBe(plugin);
      expect(config.name).toMatch(/^phiguard\//u);
    }
  });
});
