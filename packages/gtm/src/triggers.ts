import { classifyAddress, classifyPattern, classifyValue, groupEnd, passesTest, patternTerms, patternText, regexExpansions, type AddressPart, type HealthClassifier, type HealthMatch, type TextTest } from '@phiguard/core';
import { paramValue, soleMacro } from './model/params.js';
import type { Condition, Container, Tag, Trigger } from './model/types.js';
import type { JsmPageTest, Resolution, VariableResolver } from './variables.js';

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

/**
 * For each trigger a tag reaches through a trigger group, all members of that group. A group fires
 * on the event that completes it, which can be any member's: a blocking trigger must hold for each.
 */
export function groupMembers(container: Container, tag: Tag): Map<Trigger, readonly Trigger[]> {
  const out = new Map<Trigger, readonly Trigger[]>();
  for (const id of tag.firingTriggerIds) {
    const group = container.triggersById.get(id);
    if (group?.type !== 'TRIGGER_GROUP') continue;
    const members = expand(container, [id]);
    for (const m of members) out.set(m, members);
  }
  return out;
}

/**
 * The triggers that fire a tag as a report names them: a trigger group by its own name, with the
 * triggers it waits for (`Booked and on /therapy (trigger group: CE - booked, PV - therapy)`), and
 * one the export does not hold by its id (`lead_trigger (not in export)`).
 */
export function firingTriggerLabels(container: Container, tag: Tag): string[] {
  const out: string[] = [];
  for (const id of new Set(tag.firingTriggerIds)) {
    const t = container.triggersById.get(id);
    // A trigger the export leaves out (a partial export) may still fire the tag.
    if (!t) out.push(`${id} (not in export)`);
    else if (t.type !== 'TRIGGER_GROUP') out.push(t.name);
    else out.push(`${t.name} (trigger group: ${expand(container, [id]).map((m) => m.name).join(', ') || 'no triggers'})`);
  }
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

/** The source of capture group `n` (1-based, named groups counted) of a regex, or undefined. */
export function captureGroup(source: string, n: number): string | undefined {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!')) && ++count === n) {
      const end = groupEnd(source, i);
      if (end === undefined) return undefined;
      const inner = source.slice(i + 1, end);
      return inner.startsWith('?<') ? inner.slice(inner.indexOf('>') + 1) : inner;
    }
  }
  return undefined;
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
      for (const name of regexExpansions(c.arg1) ?? [patternText(c.arg1)]) out.push({ name, trigger, condition: c });
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
  /** When `viaKey` is a key of an inner table: that table and what it outputs, then the next, outwards. */
  through?: ReadonlyArray<{ table: string; output: string }>;
  /** The other health terms the alternatives of a RegEx condition on the page name (`^/(ivf|hiv-testing)/`: "hiv"). */
  also?: readonly string[];
  /**
   * The alternatives of a RegEx condition on the page that name a health term, as plain tests
   * (`^/(psychiatry|blog)/`: starts with `/psychiatry/`), so a blocker is judged on those pages only.
   */
  alternatives?: ReadonlyArray<{ form: StringForm; match: HealthMatch }>;
  /** For `{{JS - is IVF page}} equals true`: the page test in the variable's code whose value is `text`. */
  viaCode?: JsmPageTest;
  /**
   * Not a test of the page but of what the visitor does: `value` for a value of the visit
   * (`{{DLV - service}} equals IVF Consultation`, `{{Click Text}}`), `event` for the custom event.
   */
  action?: 'event' | 'value';
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

/** GTM's condition types as core's text tests. */
const TEXT_TESTS: Readonly<Record<string, TextTest>> = { EQUALS: 'equals', CONTAINS: 'contains', STARTS_WITH: 'starts with', ENDS_WITH: 'ends with', MATCH_REGEX: 'matches' };

function rowMatches(type: string, value: string, arg1: string, ignoreCase: boolean): boolean {
  return Object.hasOwn(TEXT_TESTS, type) && passesTest(TEXT_TESTS[type]!, value, arg1, ignoreCase);
}

/**
 * Positive conditions of a trigger that restrict it to pages whose address names a health term, or
 * to visits whose data does (a data-layer value, the clicked text, the custom event).
 */
export function healthPageConditions(trigger: Trigger, resolver: VariableResolver, classifier: HealthClassifier): HealthPageCondition[] {
  const out: HealthPageCondition[] = [];
  for (const c of [...trigger.filter, ...trigger.autoEventFilter, ...trigger.customEventFilter]) {
    if (c.negate || !c.arg1 || c.type === 'CSS_SELECTOR') continue;
    const ref = soleMacro(c.arg0);
    if (ref === undefined) continue;
    const r = resolver.resolve(ref);
    const variable = `{{${ref}}}`;
    if (r.url) {
      const values = comparedTexts(c, resolver);
      const part = addressPart(r);
      let found = false;
      for (const value of values) {
        const match = c.type === 'MATCH_REGEX' ? classifyPattern(value, classifier, part) : classifyAddress(value, part, classifier);
        if (match && part !== 'host' && c.type !== 'MATCH_REGEX' && ruledOutBySiblings(value, siblingTexts(trigger, c), classifier)) continue;
        if (match) {
          const also = c.type === 'MATCH_REGEX' ? patternTerms(value, classifier, part).filter((t) => !match.text.toLowerCase().includes(t.toLowerCase())) : [];
          const alternatives = healthForms({ ...c, arg1: value }, part, classifier);
          out.push({ trigger, condition: c, variable, match, text: value, ...(also.length ? { also } : {}), ...(alternatives.length ? { alternatives } : {}) });
          found = true;
          break;
        }
      }
      // `{{JS - is IVF page}} equals true`: the pages its code returns true on; `{{JS - section}} equals
      // onc`: those on which it returns that text.
      const code = !found && c.type === 'EQUALS' ? r.codeTests?.() : undefined;
      if (code) {
        const tests = c.arg1.trim().toLowerCase() === 'true' ? code.pageTests : code.returnTests.filter((t) => t.value === c.arg1).flatMap((t) => t.tests);
        const hit = codeTestHit(tests, classifier);
        if (hit) out.push({ trigger, condition: c, variable, match: hit.match, text: hit.value, viaCode: hit.test });
      }
      continue;
    }
    const table = (r.kind === 'lookup-table' || r.kind === 'regex-table') && r.input ? soleMacro(r.input) : undefined;
    const onPage = table !== undefined && resolver.chain(table).some((x) => x.url);
    if (table !== undefined && (onPage || Object.hasOwn(TEXT_TESTS, c.type))) {
      // The condition tests the table's output: the pages (or values) are those whose keys map to a matching output.
      const wanted = (output: string) => rowMatches(c.type, output, c.arg1!, c.ignoreCase);
      const found = healthKey(r, wanted, resolver, classifier);
      const direct = found ? undefined : classifier.classify(c.arg1)[0];
      const action = onPage ? {} : { action: 'value' as const };
      if (found) out.push({ trigger, condition: c, variable, match: found.match, text: found.key, viaKey: found.key, through: found.through, ...action });
      else if (direct) out.push({ trigger, condition: c, variable, match: direct, text: c.arg1, viaKey: (r.rows ?? []).find((row) => wanted(row.value))?.key, ...action });
      continue;
    }
    // A value the container fixes (a constant, custom JavaScript returning only literals) is the same on every visit.
    const fixed = r.complete && r.values.length > 0;
    const hit = Object.hasOwn(TEXT_TESTS, c.type) && !fixed ? visitValueHit(c, r, resolver, classifier) : undefined;
    if (hit) out.push({ trigger, condition: c, variable, match: hit.match, text: hit.value, action: r.eventName ? 'event' : 'value' });
  }
  return out;
}

/**
 * A test of a value of the visit rather than of its page (a data-layer key, the clicked text, the
 * custom event) that only health values pass: the tag fires only for visitors who did what the term
 * names, so each hit says who they are, whatever the tag sends. The data-layer key is read as
 * context in front of the value (`zodiac_sign equals Cancer` names no condition).
 */
function visitValueHit(c: Condition, r: Resolution, resolver: VariableResolver, classifier: HealthClassifier): { match: HealthMatch; value: string } | undefined {
  for (const value of comparedTexts(c, resolver)) {
    const match = c.type === 'MATCH_REGEX' ? classifyPattern(value, classifier) : classifyValue(classifier, value, r.key);
    if (match) return { match, value };
  }
  return undefined;
}

/** The texts a condition compares with: its own, or those of the variables it names (`contains {{C - psychiatry path}}`). */
function comparedTexts(c: Condition, resolver: VariableResolver): string[] {
  return c.arg1!.includes('{{') ? resolver.valuesOf(c.arg1!).values : [c.arg1!];
}

/** The first page test of a custom JavaScript variable's code whose value names a health term. */
function codeTestHit(tests: readonly JsmPageTest[], classifier: HealthClassifier): { match: HealthMatch; value: string; test: JsmPageTest } | undefined {
  for (const test of tests) {
    for (const value of test.values) {
      const match = test.pattern ? classifyPattern(value, classifier, test.part) : classifyAddress(value, test.part, classifier);
      if (match) return { match, value, test };
    }
  }
  return undefined;
}

/**
 * The texts the other positive conditions of the same trigger test on the same variable: the page
 * passes them too, so they are the address's other words (`starts with /careers/` beside
 * `contains /psychiatric-nurse-practitioner`).
 */
function siblingTexts(trigger: Trigger, c: Condition): string[] {
  const ref = soleMacro(c.arg0);
  return [...trigger.filter, ...trigger.autoEventFilter].filter((o) => o !== c && !o.negate && o.arg1 && o.type !== 'MATCH_REGEX' && soleMacro(o.arg0) === ref && !o.arg1.includes('{{')).map((o) => o.arg1!);
}

/** Whether the siblings' words, read in front of `value`, rule out every match in it (job context: `careers … psychiatric nurse practitioner`). */
function ruledOutBySiblings(value: string, siblings: readonly string[], classifier: HealthClassifier): boolean {
  if (siblings.length === 0) return false;
  const lead = `${siblings.join(' ')} `;
  return !classifier.classify(lead + value).some((m) => m.end > lead.length);
}

/**
 * The first health term in a key that makes table `r` give an output `wanted` accepts. When the
 * table's input is itself a table (`{{LT - Audience}}` keyed on `{{LT - Section}}` keyed on
 * `{{Page Path}}`), the keys of the inner table that give such a key count too; `through` names
 * the inner tables and the outputs that lead there.
 */
function healthKey(r: Resolution, wanted: (output: string) => boolean, resolver: VariableResolver, classifier: HealthClassifier, depth = 0): { match: HealthMatch; key: string; through: Array<{ table: string; output: string }> } | undefined {
  const inputRef = r.input === undefined ? undefined : soleMacro(r.input);
  const inner = inputRef === undefined || depth >= 3 ? undefined : resolver.resolve(inputRef);
  const nested = inner && (inner.kind === 'lookup-table' || inner.kind === 'regex-table') && inner.input ? inner : undefined;
  for (const row of r.rows ?? []) {
    if (!wanted(row.value)) continue;
    const match = r.kind === 'regex-table' ? classifyPattern(row.key, classifier) : classifier.classify(row.key)[0];
    if (match) return { match, key: row.key, through: [] };
    if (!nested) continue;
    // The inner table must output this row's key: equal to it, or matched by it in a RegEx table.
    const gives = (output: string) => (r.kind === 'regex-table' ? rowMatches('MATCH_REGEX', output, row.key, false) : output === row.key);
    const found = healthKey(nested, gives, resolver, classifier, depth + 1);
    if (found) return { ...found, through: [...found.through, { table: `{{${inputRef!}}}`, output: row.key }] };
  }
  return undefined;
}

const HOST_COMPONENT = 'HOST';
const WHOLE_URLS = new Set(['PAGE_URL', 'REFERRER', 'CLICK_URL', 'FORM_URL', 'NEW_HISTORY_URL', 'OLD_HISTORY_URL']);

/** Which part of the page address a variable holds. */
export function addressPart(r: Resolution): AddressPart {
  if (r.builtInType?.endsWith('_HOSTNAME') || (r.kind === 'event-data' && r.key === 'page_hostname')) return 'host';
  if (r.builtInType && WHOLE_URLS.has(r.builtInType)) return 'url';
  if (r.kind === 'data-layer' && r.key !== undefined && /url|location/iu.test(r.key)) return 'url';
  if (r.kind === 'url' && r.variable) {
    const component = (paramValue(r.variable.params, 'component') ?? 'URL').toUpperCase();
    return component === HOST_COMPONENT ? 'host' : component === 'URL' ? 'url' : 'path';
  }
  return 'path';
}

/**
 * True when a blocking trigger stops the tag on every page the health condition selects: a blocker
 * of the same kind of event (as every member of the trigger group the hit came through, `group`)
 * whose conditions all hold there. A blocker that covers only some of
 * those pages (`/psychiatry/adult` for `/psychiatry`, a second condition `ends with /thank-you`,
 * a test on another variable, `does not equal /psychiatry/intake`) leaves the tag firing on the rest.
 */
export function isBlocked(hit: Pick<HealthPageCondition, 'trigger' | 'condition'>, blocking: readonly Trigger[], group: readonly Trigger[] = [hit.trigger], same = sameVariable, tested = hit.condition): boolean {
  // The firing trigger's other conditions hold too when it fires (`{{Client Name}} equals GA4` in both).
  const firing = [...hit.trigger.filter, ...hit.trigger.autoEventFilter].filter((f) => f !== hit.condition && !f.negate);
  const holds = (c: Condition): boolean => holdsWherever(c, tested, same) || firing.some((f) => holdsWherever(c, f));
  return blocking.some((b) => group.every((t) => sameEvent(b, t)) && [...b.filter, ...b.autoEventFilter].every(holds));
}

/**
 * The health alternatives of a RegEx condition (`alternatives`) that no blocker covers: a tag on
 * `^/(psychiatry|blog)/` blocked on `contains /psychiatry` fires on no health page.
 */
export function openAlternatives(hit: HealthPageCondition, blocking: readonly Trigger[], group?: readonly Trigger[]): NonNullable<HealthPageCondition['alternatives']> {
  return (hit.alternatives ?? []).filter(({ form }) => !isBlocked(hit, blocking, group, sameVariable, { ...hit.condition, type: form.kind, arg1: form.text }));
}

/**
 * Whether blocker `b` is checked on the event trigger `t` fires on. GTM checks a blocker on the
 * event the tag fires on: a Window Loaded blocker (gtm.load) does not stop a tag that already fired
 * at Page View (gtm.js). A Custom Event blocker stops the tag only on the events it names: its
 * event test must hold on every event the firing trigger takes (`equals form_submit` for
 * `equals form_submit`); one on `.*` names every event, so it stops a tag of any trigger kind.
 */
function sameEvent(b: Trigger, t: Trigger): boolean {
  if (b.type === 'ALWAYS') return true;
  // A Custom Event blocker on `.*` is checked on every event, the page view's (gtm.js) and a click's included.
  if (b.type === 'CUSTOM_EVENT' && b.customEventFilter.length > 0 && b.customEventFilter.every(matchesEveryEvent)) return true;
  return b.type === t.type && b.customEventFilter.every((c) => matchesEveryEvent(c) || t.customEventFilter.some((e) => holdsWherever(c, e)));
}

/** Two conditions test the same variable: the same `{{Name}}`. */
function sameVariable(a: string | undefined, b: string | undefined): boolean {
  const name = soleMacro(a);
  return name !== undefined && name === soleMacro(b);
}

/** A page test in a tag's code, as core reports it: the address as written (`{{Page Path}}`, `location.pathname`), and the texts it compares with. */
export interface CodePageTest {
  subject: string;
  operator: TextTest;
  values: readonly string[];
  pattern: boolean;
}

/** One way a tag fires: its triggers, their blockers, and the trigger groups they complete. */
export interface TagFiring {
  triggers: readonly Trigger[];
  blocking: readonly Trigger[];
  groups: ReadonlyMap<Trigger, readonly Trigger[]>;
}

/** Core's text tests as GTM's condition types. */
const CONDITION_TYPES = Object.fromEntries(Object.entries(TEXT_TESTS).map(([type, test]) => [test, type])) as Readonly<Record<TextTest, string>>;
/** The page address as code reads it, by what GTM's built-in variables hold. */
const CODE_ADDRESSES: Readonly<Record<string, string>> = { 'location.pathname': 'PAGE_PATH', 'location.href': 'PAGE_URL', 'location.hostname': 'PAGE_HOSTNAME', 'document.URL': 'PAGE_URL', 'document.referrer': 'REFERRER' };
const URL_VARIABLE_PARTS: Readonly<Record<string, string>> = { PATH: 'PAGE_PATH', URL: 'PAGE_URL', HOST: 'PAGE_HOSTNAME' };

/**
 * `'blocked'` when the tag's blocking triggers keep it off every page a test in its code selects, however
 * it fires (`if ({{Page Path}}.indexOf('/psychiatry') > -1) fbq(…)` in a tag blocked on
 * `Page Path contains /psychiatry`): the code's test is read as a condition on the same variable.
 * Where they keep it off some of a RegEx's health alternatives only (`^/(psychiatry|therapy)/`), the
 * first one left open, with its term; undefined where no blocker applies.
 */
export function codeTestOpen(test: CodePageTest, firings: readonly TagFiring[], resolver: VariableResolver, classifier: HealthClassifier): 'blocked' | { text: string; match: HealthMatch } | undefined {
  const addressOf = (text: string | undefined): string | undefined => {
    const name = soleMacro(text);
    if (name === undefined) return text === undefined ? undefined : CODE_ADDRESSES[text.replace(/^window\./u, '').replace(/^document\.location\./u, 'location.')];
    const r = resolver.resolve(name);
    if (r.builtInType) return r.builtInType;
    const params = r.kind === 'url' ? r.variable?.params : undefined;
    return params && paramValue(params, 'customUrlSource') === undefined ? URL_VARIABLE_PARTS[(paramValue(params, 'component') ?? 'URL').toUpperCase()] : undefined;
  };
  const same = (blocker: string | undefined, code: string | undefined) => {
    // The same variable (`{{DLV - service}}` in the blocker and in the code), or the same part of the address.
    const name = soleMacro(blocker);
    if (name !== undefined && name === soleMacro(code)) return true;
    const address = addressOf(blocker);
    return address !== undefined && address === addressOf(code);
  };
  const type = test.pattern ? 'MATCH_REGEX' : CONDITION_TYPES[test.operator];
  const address = addressOf(test.subject);
  const part: AddressPart = address === 'PAGE_HOSTNAME' ? 'host' : address === 'PAGE_PATH' ? 'path' : 'url';
  const conditions = test.values.flatMap((arg1) => healthAlternatives({ type, arg0: test.subject, arg1, arg1Param: undefined, params: [], negate: false, ignoreCase: false, path: [] }, part, classifier));
  if (conditions.length === 0 || !firings.some((f) => f.triggers.length > 0)) return undefined;
  const blocked = conditions.map(({ condition }) => firings.every((f) => f.triggers.every((trigger) => isBlocked({ trigger, condition }, f.blocking, f.groups.get(trigger), same))));
  if (blocked.every(Boolean)) return 'blocked';
  const open = blocked.some(Boolean) ? conditions.find((c, i) => !blocked[i] && c.match) : undefined;
  return open && { text: open.condition.arg1!, match: open.match! };
}

/**
 * A RegEx test as its alternatives that name a health term, each a plain test (`^/(psychiatry|blog)/`:
 * starts with `/psychiatry/`), so a blocker is judged on those pages only; any other test as itself.
 */
function healthAlternatives(c: Condition, part: AddressPart, classifier: HealthClassifier): Array<{ condition: Condition; match?: HealthMatch }> {
  const health = healthForms(c, part, classifier);
  return health.length ? health.map(({ form, match }) => ({ condition: { ...c, type: form.kind, arg1: form.text }, match })) : [{ condition: c }];
}

/** The alternatives of a RegEx condition with several (`^/(psychiatry|blog)/`) that name a health term, each with its term; none for any other condition. */
function healthForms(c: Condition, part: AddressPart, classifier: HealthClassifier): Array<{ form: StringForm; match: HealthMatch }> {
  const forms = c.type === 'MATCH_REGEX' ? formsOf(c) : undefined;
  if (!forms || forms.length < 2) return [];
  return forms.flatMap((form) => {
    const match = classifyAddress(form.text, part, classifier);
    return match ? [{ form, match }] : [];
  });
}

/** `{{_event}} matches RegEx .*`: a custom event test that every event passes. */
function matchesEveryEvent(c: Condition): boolean {
  return c.type === 'MATCH_REGEX' && !c.negate && /^\^?\.[*+]\$?$/u.test(c.arg1 ?? '');
}

/** A string test, as `{ kind, text }` forms any of which may match (a simple regex gives several). */
export interface StringForm {
  kind: 'EQUALS' | 'CONTAINS' | 'STARTS_WITH' | 'ENDS_WITH';
  text: string;
}

/** `c` as string forms, or undefined when it is not a plain string test (a complex regex). */
function formsOf(c: Condition): StringForm[] | undefined {
  if (c.arg1 === undefined || c.arg1.includes('{{')) return undefined;
  if (c.type === 'EQUALS' || c.type === 'CONTAINS' || c.type === 'STARTS_WITH' || c.type === 'ENDS_WITH') return [{ kind: c.type, text: c.arg1 }];
  if (c.type !== 'MATCH_REGEX') return undefined;
  // `^/(psychiatry|counseling)/`: optional anchors, literal text around at most one group of literal alternatives.
  let body = c.arg1.replace(/\(\?:/gu, '(');
  const start = body.startsWith('^');
  if (start) body = body.slice(1);
  const end = body.endsWith('$') && !body.endsWith('\\$');
  if (end) body = body.slice(0, -1);
  // `^/(psychiatry|blog)/?$`: an optional slash at the end, each alternative with and without it.
  const slash = end ? /\\?\/\?$/u.exec(body) : null;
  if (slash) {
    const anchored = (rest: string) => formsOf({ ...c, arg1: `${start ? '^' : ''}${rest}$` });
    const without = anchored(body.slice(0, slash.index));
    const withSlash = anchored(`${body.slice(0, slash.index)}\\/`);
    return without && withSlash ? [...without, ...withSlash] : undefined;
  }
  const open = body.indexOf('(');
  const close = body.lastIndexOf(')');
  let parts: Array<string | undefined>;
  if (open < 0 && close < 0) parts = [regexLiteral(body)];
  else if (open >= 0 && close > open) {
    const prefix = regexLiteral(body.slice(0, open));
    const suffix = regexLiteral(body.slice(close + 1));
    parts = body
      .slice(open + 1, close)
      .split('|')
      .map((alt) => {
        const inner = regexLiteral(alt);
        return prefix === undefined || inner === undefined || suffix === undefined ? undefined : prefix + inner + suffix;
      });
  } else return undefined;
  if (parts.some((p) => p === undefined)) return undefined;
  const kind = start ? (end ? 'EQUALS' : 'STARTS_WITH') : end ? 'ENDS_WITH' : 'CONTAINS';
  return parts.map((text) => ({ kind, text: text! }));
}

/** A regex fragment as the literal text it matches, or undefined when it is more than a literal. */
function regexLiteral(fragment: string): string | undefined {
  let out = '';
  for (let i = 0; i < fragment.length; i++) {
    const ch = fragment[i]!;
    if (ch === '\\') {
      const next = fragment[i + 1];
      if (next === undefined || !'./-_?&=#:'.includes(next)) return undefined;
      out += next;
      i++;
    } else if ('()[]{}*+?|^$.'.includes(ch)) {
      return undefined;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Does string `value` pass `form`? */
const passes = (form: StringForm, value: string): boolean => passesTest(TEXT_TESTS[form.kind]!, value, form.text);

/** Every string that passes `narrow` passes `broad`. */
function covers(broad: StringForm, narrow: StringForm): boolean {
  if (broad.kind === 'CONTAINS') return narrow.text.includes(broad.text);
  if (broad.kind === 'EQUALS') return narrow.kind === 'EQUALS' && narrow.text === broad.text;
  if (broad.kind === 'STARTS_WITH') return (narrow.kind === 'EQUALS' || narrow.kind === 'STARTS_WITH') && narrow.text.startsWith(broad.text);
  return (narrow.kind === 'EQUALS' || narrow.kind === 'ENDS_WITH') && narrow.text.endsWith(broad.text);
}

/** Blocker condition `c` holds on every page health condition `hit` selects (false when that cannot be shown). */
function holdsWherever(c: Condition, hit: Condition, same = sameVariable): boolean {
  if (!same(c.arg0, hit.arg0)) return false;
  let blocker = formsOf(c);
  let health = formsOf(hit);
  if (!blocker || !health) return false;
  // Case: a case-insensitive blocker compares in lower case; a case-sensitive one cannot cover a case-insensitive test.
  if (c.ignoreCase) {
    const lower = (f: StringForm) => ({ ...f, text: f.text.toLowerCase() });
    blocker = blocker.map(lower);
    health = health.map(lower);
  } else if (hit.ignoreCase) {
    return false;
  }
  const b = blocker;
  if (!c.negate) return health.every((h) => b.some((f) => covers(f, h)));
  // `does not …`: holds everywhere only when the health test names single pages, none of which pass the blocker's test.
  return health.every((h) => h.kind === 'EQUALS' && !b.some((f) => passes(f, h.text)));
}
