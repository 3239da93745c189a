import type { HealthClassifier, HealthMatch } from '@phiguard/core';
import { PAGE_TRIGGER_TYPES } from './data/built-ins.js';
import { soleMacro } from './model/params.js';
import type { Condition, Container, Tag, Trigger } from './model/types.js';
import type { VariableResolver } from './variables.js';

/** Tag → triggers that can fire it, with TRIGGER_GROUP members expanded. */
export function firingTriggers(container: Container, tag: Tag): Trigger[] {
  return expand(container, tag.firingTriggerIds);
}

export function blockingTriggers(container: Container, tag: Tag): Trigger[] {
  return expand(container, tag.blockingTriggerIds);
}

function expand(container: Container, ids: readonly string[]): Trigger[] {
  const out: Trigger[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const t = container.triggersById.get(id);
    if (!t) return;
    if (t.type === 'TRIGGER_GROUP') {
      for (const p of t.params) for (const item of p.list ?? []) if (item.value) visit(item.value);
      return;
    }
    out.push(t);
  };
  for (const id of ids) visit(id);
  return out;
}

/** Trigger ids a tag references that the container does not define. */
export function missingTriggerIds(container: Container, tag: Tag): string[] {
  return [...tag.firingTriggerIds, ...tag.blockingTriggerIds].filter((id) => !container.triggersById.has(id));
}

/** Splits a simple regex alternation (`^(a|b|c)$`) into its literal alternatives; undefined when it is not that simple. */
export function regexAlternatives(source: string): string[] | undefined {
  let s = source.trim().replace(/^\^/u, '').replace(/\$$/u, '');
  if (s.startsWith('(') && s.endsWith(')') && !s.slice(1, -1).includes('(')) s = s.slice(1, -1);
  if (s.startsWith('(?:')) s = s.slice(3, -1);
  const parts = s.split('|').map((p) => p.replace(/\\(.)/gu, '$1'));
  if (parts.some((p) => /[()[\]{}*+?^$]/u.test(p))) return undefined;
  return parts.filter(Boolean);
}

/** Words a regex or URL pattern contains, for the classifier (`^\/psychiatry(\/.*)?$` → `/psychiatry/ `). */
export function patternText(source: string): string {
  return source
    .replace(/\\([./\-_?&=])/gu, '$1')
    .replace(/\\[dDwWsSbB]/gu, ' ')
    .replace(/[\^$()[\]{}*+?|]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

export interface EventNameSource {
  name: string;
  trigger: Trigger;
  condition: Condition;
}

/** Data-layer event names a trigger fires on (CUSTOM_EVENT `customEventFilter` on `{{_event}}`). */
export function triggerEventNames(trigger: Trigger, resolver: VariableResolver): EventNameSource[] {
  const out: EventNameSource[] = [];
  for (const c of [...trigger.customEventFilter, ...trigger.filter]) {
    if (c.negate || c.arg1 === undefined) continue;
    const ref = soleMacro(c.arg0);
    if (ref === undefined || !resolver.resolve(ref).eventName) continue;
    if (c.type === 'MATCH_REGEX') {
      for (const name of regexAlternatives(c.arg1) ?? [patternText(c.arg1)]) out.push({ name, trigger, condition: c });
    } else if (c.type === 'EQUALS' || c.type === 'CONTAINS' || c.type === 'STARTS_WITH' || c.type === 'ENDS_WITH') {
      out.push({ name: c.arg1, trigger, condition: c });
    }
  }
  return out;
}

export interface HealthPageCondition {
  trigger: Trigger;
  condition: Condition;
  /** `{{Page Path}}` */
  variable: string;
  match: HealthMatch;
  /** The text that matched (arg1, or a lookup-table key that maps to arg1). */
  text: string;
  /** For a condition on a lookup/regex table keyed on the URL: the table row key. */
  viaKey?: string;
}

const OPERATORS: Readonly<Record<string, string>> = {
  EQUALS: 'equals',
  CONTAINS: 'contains',
  STARTS_WITH: 'starts with',
  ENDS_WITH: 'ends with',
  MATCH_REGEX: 'matches RegEx',
  URL_MATCHES: 'matches',
  CSS_SELECTOR: 'matches CSS selector',
};

export const operatorText = (type: string): string => OPERATORS[type] ?? type.toLowerCase().replace(/_/gu, ' ');

function rowMatches(type: string, value: string, arg1: string, ignoreCase: boolean): boolean {
  const a = ignoreCase ? value.toLowerCase() : value;
  const b = ignoreCase ? arg1.toLowerCase() : arg1;
  switch (type) {
    case 'EQUALS':
      return a === b;
    case 'CONTAINS':
      return a.includes(b);
    case 'STARTS_WITH':
      return a.startsWith(b);
    case 'ENDS_WITH':
      return a.endsWith(b);
    case 'MATCH_REGEX':
      try {
        return new RegExp(arg1, ignoreCase ? 'iu' : 'u').test(value);
      } catch {
        return false;
      }
    default:
      return false;
  }
}

/** Positive conditions of a trigger that restrict it to pages whose address names a health term. */
export function healthPageConditions(trigger: Trigger, resolver: VariableResolver, classifier: HealthClassifier): HealthPageCondition[] {
  const out: HealthPageCondition[] = [];
  for (const c of [...trigger.filter, ...trigger.autoEventFilter]) {
    if (c.negate || !c.arg1 || c.type === 'CSS_SELECTOR') continue;
    const ref = soleMacro(c.arg0);
    if (ref === undefined) continue;
    const r = resolver.resolve(ref);
    const variable = `{{${ref}}}`;
    if (r.url) {
      // The value may itself come from variables (`{{Page Path}} contains {{C - psychiatry path}}`).
      const values = c.arg1.includes('{{') ? resolver.valuesOf(c.arg1).values : [c.arg1];
      for (const value of values) {
        const match = classifier.classify(c.type === 'MATCH_REGEX' ? patternText(value) : value)[0];
        if (match) {
          out.push({ trigger, condition: c, variable, match, text: value });
          break;
        }
      }
      continue;
    }
    if ((r.kind === 'lookup-table' || r.kind === 'regex-table') && r.input) {
      const inputRef = soleMacro(r.input);
      if (!inputRef || !resolver.chain(inputRef).some((x) => x.url)) continue;
      // The condition tests the table's output: the pages are those whose keys map to a matching output.
      const direct = classifier.classify(c.arg1)[0];
      const rows = (r.rows ?? []).filter((row) => rowMatches(c.type, row.value, c.arg1!, c.ignoreCase));
      for (const row of rows) {
        const keyMatch = classifier.classify(r.kind === 'regex-table' ? patternText(row.key) : row.key)[0];
        const match = keyMatch ?? direct;
        if (match) {
          out.push({ trigger, condition: c, variable, match, text: keyMatch ? row.key : c.arg1, viaKey: row.key });
          break;
        }
      }
      if (rows.length === 0 && direct) out.push({ trigger, condition: c, variable, match: direct, text: c.arg1 });
    }
  }
  return out;
}

/**
 * Whether a blocking trigger keeps the tag from firing under `hit`: a blocking trigger with a
 * positive condition on the same variable that names the same health term, or that is at least as
 * broad (`contains /therapy` blocks `contains /therapy/weekly`), or a blocking page trigger with no
 * conditions at all (the tag never fires on pages).
 */
export function isBlocked(hit: HealthPageCondition, blocking: readonly Trigger[], resolver: VariableResolver, classifier: HealthClassifier): boolean {
  for (const b of blocking) {
    const conditions = [...b.filter, ...b.autoEventFilter].filter((c) => !c.negate);
    if (conditions.length === 0 && (PAGE_TRIGGER_TYPES.has(b.type) || b.type === 'ALWAYS')) return true;
    for (const h of healthPageConditions(b, resolver, classifier)) {
      if (h.match.term.toLowerCase() === hit.match.term.toLowerCase()) return true;
    }
    for (const c of conditions) {
      if (!c.arg1 || !hit.condition.arg1) continue;
      const broader =
        (c.type === 'CONTAINS' && hit.condition.arg1.toLowerCase().includes(c.arg1.toLowerCase())) ||
        (c.type === 'STARTS_WITH' && hit.condition.arg1.toLowerCase().startsWith(c.arg1.toLowerCase()));
      if (broader && soleMacro(c.arg0) !== undefined) return true;
    }
  }
  return false;
}
