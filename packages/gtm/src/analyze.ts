import {
  analyzeHtml,
  analyzeScript,
  analyzeUrl,
  categoryLabel,
  classifyValue,
  describesAnimal,
  andList,
  healthAnswer,
  healthData,
  identityData,
  IDENTITY_CONTAINER_KEYS,
  NON_DESCRIPTIVE_KEYS,
  normalizeKey,
  PARAM_IDENTITY_FIELDS,
  paramIdentityField,
  quotedTerm,
  shownText,
  formatMessage,
  ga4UserData,
  getVendor,
  identityField,
  knownTexts,
  linkClickEvent,
  MAX_VALUES,
  MESSAGES,
  mightTrack,
  mostSensitive,
  replaceMacros,
  resolveSettings,
  VENDORS,
  type Evidence,
  type Finding,
  type HealthMatch,
  type IdentityField,
  type MacroInfo,
  type MacroProp,
  type PhiguardOptions,
  type RuleId,
  type Settings,
  type SharedRuleId,
  type Value,
  type VendorId,
  type VendorSpec,
} from '@phiguard/core';
import { BUILT_IN_VARIABLE_NAMES } from './data/built-ins.js';
import { BUILT_IN_CONSENT_TYPES, TAG_TYPE_SPECS } from './data/tag-types.js';
import { TAG_TYPE_LABELS, TAG_ID_PREFIXES, VARIABLE_LABELS } from './data/tag-labels.js';
import { GENERIC_TEMPLATE, type Gate, type TableSpec, type TemplateSpec, type When } from './data/templates.js';
import { formatPath, loadJson } from './json/load.js';
import type { JsonLocator, JsonPath } from './json/locator.js';
import { buildContainer, paramPath } from './model/container.js';
import { MACRO_PATTERN, macroName, macroNames, param, paramValue, soleMacro, tableRows } from './model/params.js';
import type { Client, Container, Param, Tag, Trigger, Variable } from './model/types.js';
import type { GtmMessage, GtmNotice, GtmRef, GtmResult, GtmTagSummary, Suppression } from './report.js';
import { GTM_MESSAGES, isRuleId, parseLevel, RULE_IDS, type Level } from './rules.js';
import { readTemplate, templateIdOfType, type TemplateInfo } from './templates.js';
import { addressPart, blockingTriggers, codeTestOpen, firingTriggerLabels, firingTriggers, groupMembers, healthPageConditions, isBlocked, missingTriggerIds, openAlternatives, operatorText, triggerEventNames, type EventNameSource, type HealthPageCondition } from './triggers.js';
import { matchVendorUrl } from './urls.js';
import { VariableResolver, type JsmProp, type Resolution } from './variables.js';

/** Options of `phiguard.config.*` and of `analyzeContainer`: the ESLint rules' options plus GTM settings. */
export interface GtmConfig extends PhiguardOptions {
  /** Per-rule severity: `off`, `warn`, `error` (or 0/1/2). */
  rules?: Partial<Record<RuleId, unknown>>;
  /** Accepted findings, each with the reason it is accepted. */
  ignore?: ReadonlyArray<{ tag: string; rule?: RuleId | readonly RuleId[]; reason: string }>;
}

export interface AnalyzeContainerOptions {
  /** Shown in the report (`filePath`); defaults to `<text>`. */
  filePath?: string;
  config?: GtmConfig;
  /** Resolved settings, to share one classifier across files. */
  settings?: Settings;
  /** The time that decides whether a tag's schedule has ended (ms since the epoch); defaults to now. */
  now?: number;
}

interface Raw {
  ruleId: RuleId | null;
  messageId?: string;
  message: string;
  vendor?: VendorId;
  evidence?: Evidence;
  confidence: 'high' | 'medium';
  ref: GtmRef;
  tag?: Tag;
  start: number;
  end: number;
  path: JsonPath;
  via?: string;
}

interface TagContext {
  tag: Tag;
  triggers: Trigger[];
  blocking: Trigger[];
  /** Triggers reached through a trigger group → all members of that group. */
  groups: Map<Trigger, readonly Trigger[]>;
  /** The tag also fires as the setup or cleanup tag of these tags, whenever they fire. */
  sequences: Firing[];
  eventNames: EventNameSource[];
  vendors: Map<VendorId, VendorSpec>;
  macros: (name: string) => MacroInfo | undefined;
  ref: GtmRef;
}

/** When a tag fires through tag sequencing: with `tag`, whose setup or cleanup tag it is, on these triggers. */
interface Firing {
  /** The tag that names this one as its setup or cleanup tag. */
  tag: Tag;
  role: 'setup' | 'cleanup';
  /** The triggers (less the blockers) of `tag`, or of a tag that `tag` is itself sequenced with. */
  triggers: Trigger[];
  blocking: Trigger[];
  groups: Map<Trigger, readonly Trigger[]>;
  /** The tags on the way, from `tag` to the one whose triggers these are: if one is paused, none fires. */
  path: readonly Tag[];
}

/**
 * How `tag` fires through tag sequencing: with each tag naming it as setup or cleanup tag, on that
 * tag's triggers, and on the triggers of whatever fires that tag in turn. GTM fires a sequenced
 * tag with the main tag.
 */
function sequencesOf(container: Container, tag: Tag, parents: ReadonlyMap<string, ReadonlyArray<{ tag: Tag; role: Firing['role'] }>>): Firing[] {
  const out: Firing[] = [];
  const seen = new Set<Tag>([tag]);
  // `via`: the first tag on the way, which the message names.
  const queue = (parents.get(tag.name) ?? []).map((p) => ({ fires: p.tag, via: p, path: [p.tag] }));
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (seen.has(next.fires)) continue;
    seen.add(next.fires);
    const { fires, via, path } = next;
    out.push({ ...via, triggers: firingTriggers(container, fires), blocking: blockingTriggers(container, fires), groups: groupMembers(container, fires), path });
    queue.push(...(parents.get(fires.name) ?? []).map((p) => ({ fires: p.tag, via, path: [...path, p.tag] })));
  }
  return out;
}

interface HealthHit {
  text: string;
  match: HealthMatch;
  /** Decoded offsets into the field's string. */
  start: number;
  end: number;
  via?: string;
  /** Other health values the field can take (a lookup table with several), the most sensitive first. */
  others?: readonly string[];
  /** The field is just the variable the text came from: the finding takes the whole field, quotes included. */
  whole?: boolean;
}

interface IdentityHit {
  field: IdentityField | 'identity data';
  hashed: boolean | undefined;
  via?: string;
  /** The settings variable (`gtes`) whose row sent it, named in `via` (see `inSettings`). */
  settings?: string;
  path: JsonPath;
  start?: number;
  end?: number;
  /** Most likely the site's own phone number or e-mail address (see `linkClickEvents`): a warning, not an error. */
  siteOwn?: boolean;
  /** A `user_data` row (`user_data.phone_number`): the tag's user-provided data, advanced matching, not an event parameter. */
  userData?: boolean;
}

/** Why an identifier sent only on link clicks is most likely the site's own: `sent only on phone_click: likely the number of the call link clicked, the site's own`. */
function sentOnLinkClicks(clicks: string, field: 'phone' | 'email'): string {
  return `sent only on ${clicks}: likely ${field === 'phone' ? 'the number of the call link clicked' : 'the address of the e-mail link clicked'}, the site's own`;
}

/**
 * The link click events that are all a tag fires on (`phone_click`), when that is all: every
 * trigger it fires on, also through sequencing, is a custom event named for a call (or e-mail)
 * link's click. When none of its triggers is in the export, the event the tag itself sends
 * (`ownEvents`, a GA4 event's `phone_click`) says it instead.
 */
function linkClickEvents(a: Analysis, ctx: TagContext, field: 'phone' | 'email', ownEvents: readonly string[]): string | undefined {
  const clicks = (name: string) => linkClickEvent(name, field);
  const triggers = [...ctx.triggers, ...ctx.sequences.flatMap((s) => s.triggers)];
  if (triggers.length === 0 && ctx.tag.firingTriggerIds.length > 0 && ownEvents.length > 0 && ownEvents.every(clicks)) return ownEvents.join(', ');
  const names = new Set<string>();
  for (const t of triggers) {
    const events = a.eventNamesOf(t);
    if (events.length === 0) return undefined;
    for (const e of events) {
      if (!clicks(e.name)) return undefined;
      names.add(e.name);
    }
  }
  return names.size ? [...names].join(', ') : undefined;
}

/** Values that send nothing (an unchecked field, a placeholder). */
const EMPTY_VALUES = new Set(['', 'false', 'undefined', 'null', 'none']);
const isEmptyValue = (v: string): boolean => EMPTY_VALUES.has(v.trim().toLowerCase());

/**
 * Where in a field a variable's finding points: the variable's `{{…}}`, or, when the field is just
 * that variable, the whole field (its JSON string, quotes included, as other identifier fields).
 */
function partOf(m: { start: number; end: number }, value: string): { start?: number; end?: number } {
  return m.start === 0 && m.end === value.length ? {} : { start: m.start, end: m.end };
}

const isGateList = (when: When): when is readonly Gate[] => Array.isArray(when);

function gateOpen(params: readonly Param[], when: When | undefined): boolean {
  if (!when) return true;
  if (isGateList(when)) return when.every((g) => gateOpen(params, g));
  const gate = when;
  const v = paramValue(params, gate.key);
  if (v === undefined || v === '') return gate.ifMissing;
  return gate.values.includes(v);
}

class Analysis {
  readonly findings: Raw[] = [];
  readonly notices: GtmNotice[] = [];
  /** Tags whose findings may be incomplete (not analysed, or not fully read): their suppressions cannot be judged unused. */
  readonly partlyRead = new Set<Tag>();
  readonly resolver: VariableResolver;
  readonly #templates = new Map<string, TemplateInfo | undefined>();

  constructor(
    readonly container: Container,
    readonly locator: JsonLocator,
    readonly settings: Settings,
  ) {
    this.resolver = new VariableResolver(container);
  }

  // ─────────────── locations ───────────────

  /** JSON path of the value of parameter `p` of `owner`. */
  valuePath(owner: { path: JsonPath; params: readonly Param[] }, p: Param): JsonPath {
    return [...paramPath(owner, p), 'value'];
  }

  /** Span of a value (a string token: the whole token, quotes included). */
  span(path: JsonPath): { start: number; end: number } {
    return this.locator.locate(path);
  }

  /** Span of decoded offsets `[from, to)` inside the string at `path`. */
  spanIn(path: JsonPath, from: number, to: number): { start: number; end: number } {
    const token = this.locator.locate(path);
    if (this.locator.text.charCodeAt(token.start) !== 0x22) return token;
    return { start: this.locator.stringOffset(token.start, from), end: this.locator.stringOffset(token.start, to) };
  }

  // ─────────────── emitting ───────────────

  shared(
    ctx: TagContext,
    ruleId: SharedRuleId,
    messageId: string,
    data: Record<string, string>,
    at: { path: JsonPath; start?: number; end?: number },
    extra: { vendor: VendorId; evidence?: Evidence; confidence?: 'high' | 'medium'; via?: string },
  ): void {
    const template = (MESSAGES[ruleId] as Record<string, string>)[messageId]!;
    this.push(ctx, ruleId, messageId, formatMessage(template, data), at, extra);
  }

  gtmRule(
    ctx: TagContext,
    ruleId: 'no-health-page-triggers' | 'require-consent-settings',
    messageId: string,
    data: Record<string, string>,
    at: { path: JsonPath; start?: number; end?: number },
    extra: { vendor: VendorId; evidence?: Evidence; confidence?: 'high' | 'medium' },
  ): void {
    const template = (GTM_MESSAGES[ruleId] as Record<string, string>)[messageId]!;
    this.push(ctx, ruleId, messageId, formatMessage(template, data), at, extra);
  }

  push(
    ctx: TagContext,
    ruleId: RuleId | null,
    messageId: string | undefined,
    message: string,
    at: { path: JsonPath; start?: number; end?: number },
    extra: { vendor?: VendorId; evidence?: Evidence; confidence?: 'high' | 'medium'; via?: string },
  ): void {
    if (extra.vendor && this.settings.allowVendors.has(extra.vendor)) return;
    const span = at.start !== undefined && at.end !== undefined ? { start: at.start, end: at.end } : this.span(at.path);
    this.findings.push({
      ruleId,
      messageId,
      message,
      vendor: extra.vendor,
      evidence: extra.evidence,
      confidence: extra.confidence ?? 'high',
      ref: { ...ctx.ref, vendor: extra.vendor ?? ctx.ref.vendor },
      tag: ctx.tag,
      start: span.start,
      end: span.end,
      path: at.path,
      via: extra.via,
    });
  }

  /** Notices get their line and column at the end, all in one pass (see `positions`). */
  readonly noticeOffsets: Array<number | undefined> = [];

  notice(message: string, path?: JsonPath, gtm?: GtmRef): void {
    this.noticeOffsets.push(path ? this.span(path).start : undefined);
    this.notices.push({ message, gtm });
  }

  // ─────────────── templates ───────────────

  template(tag: Tag): TemplateInfo | undefined {
    const id = templateIdOfType(tag.type);
    if (id === undefined) return undefined;
    if (this.#templates.has(id)) return this.#templates.get(id);
    const t =
      this.container.templatesById.get(id) ??
      this.container.templates.find((x) => x.gallery?.galleryTemplateId === id);
    const info = t ? readTemplate(t) : undefined;
    this.#templates.set(id, info);
    return info;
  }

  // ─────────────── values ───────────────

  /** How a variable's value reached a field, for explanations. */
  via(r: Resolution, value?: string, eventSource?: EventNameSource): string {
    const display = `{{${r.name}}}`;
    if (eventSource) return `${display} (${triggerKind(eventSource.trigger)} "${eventSource.trigger.name}")`;
    if ((r.kind === 'lookup-table' || r.kind === 'regex-table') && value !== undefined) {
      const kind = tableKind(r);
      // The output itself, or a variable in an output that can hold it (`lead → {{DLV - service}} → Oncology`).
      const holds = (output: string) => output.includes('{{') && this.resolver.valuesOf(output).values.includes(value);
      const row = r.rows?.find((x) => x.value === value) ?? r.rows?.find((x) => holds(x.value));
      if (row) return `${display} (${kind}: ${row.key} → ${row.value === value ? value : `${row.value} → ${value}`})`;
      const params = r.variable?.params ?? [];
      const def = paramValue(params, 'setDefaultValue') === 'true' ? paramValue(params, 'defaultValue') : undefined;
      if (def === value) return `${display} (${kind} default)`;
      return def !== undefined && holds(def) ? `${display} (${kind} default: ${def} → ${value})` : `${display} (${kind})`;
    }
    if (r.kind === 'constant') return `${display} (constant)`;
    if (r.kind === 'custom-javascript') return `${display} (custom JavaScript)`;
    if (r.kind === 'data-layer' || r.kind === 'event-data') {
      const source = `${r.kind === 'data-layer' ? 'data layer' : 'event data'} ${r.key}`;
      return value !== undefined && r.values.includes(value) ? `${display} (default value when ${source} is not set)` : `${display} (${source})`;
    }
    return display;
  }

  /** How a message says an event name reached a field: `{{Event}}`, or a table output that is it (`{{LT}} (lookup table default) → {{Event}}`). */
  eventVia(r: Resolution, source: EventNameSource): string {
    if (r.eventName) return this.via(r, undefined, source);
    const output = r.eventOutputs[0]!;
    // A row whose output it is names the row's key only: `(lookup table: book_therapy) → {{Event}}`, not the output twice.
    const row = r.rows?.find((x) => x.value === output);
    const table = row ? `{{${r.name}}} (${tableKind(r)}: ${row.key})` : this.via(r, output);
    return `${table} → ${this.via(this.resolver.resolve(soleMacro(output)!), undefined, source)}`;
  }

  /**
   * Health terms in a template string: its literal text and every known value of its macros.
   * `key`: the parameter the value is sent as, read as context (`classifyValue`), as is `animal`.
   */
  healthIn(value: string, ctx: TagContext, key?: string, animal = false): HealthHit | undefined {
    // Most fields hold no macro: one memoized lookup, nothing allocated.
    if (!value.includes('{{')) {
      const match = classifyValue(this.settings.classifier, value, key, undefined, animal);
      return match ? { text: value, match, start: match.start, end: match.end } : undefined;
    }
    const classify = (text: string) => classifyValue(this.settings.classifier, text, key, undefined, animal);
    // Every health value the field can take: the message names the others (a lookup table with several).
    const hits: HealthHit[] = [];
    const literal = value.replace(MACRO_PATTERN, (m) => ' '.repeat(m.length));
    if (literal.trim()) {
      const match = classify(literal);
      if (match) hits.push({ text: value, match, start: match.start, end: match.end });
    }
    for (const m of value.matchAll(MACRO_PATTERN)) {
      const r = this.resolver.resolve(macroName(m));
      const start = m.index;
      const end = start + m[0].length;
      const whole = start === 0 && end === value.length;
      if (carriesEventName(r)) {
        for (const source of ctx.eventNames) {
          const match = classify(source.name);
          if (match) hits.push({ text: source.name, match, start, end, via: this.eventVia(r, source), whole });
        }
        if (r.eventName) continue;
      }
      for (const v of this.valuesFiring(r, ctx)) {
        // The field as sent, with this variable spelled out (`Booked_{{Const - Service}}` → `Booked_IVF`);
        // other variables are blanked for the classifier, as in `literal`. A term wholly in the
        // literal text was considered above.
        const match = classify(literal.slice(0, start) + v + literal.slice(end));
        if (match && match.end > start && match.start < start + v.length) {
          hits.push({ text: value.slice(0, start) + v + value.slice(end), match, start, end, via: this.via(r, v), whole });
        }
      }
    }
    return mostSensitive(hits);
  }

  /**
   * The values a variable can take when the tag fires: a lookup table keyed on the event name gives
   * only its rows for the custom events the tag fires on, when every trigger names them exactly
   * (blind probe, session 40: a GA4 event table's `ee_view_item` row is not sent by the purchase tag).
   */
  valuesFiring(r: Resolution, ctx: TagContext): readonly string[] {
    if (r.kind !== 'lookup-table' || !r.rows || r.input === undefined) return r.values;
    const input = soleMacro(r.input);
    if (input === undefined || !this.resolver.resolve(input).eventName) return r.values;
    const events = new Set<string>();
    for (const t of [...ctx.triggers, ...ctx.sequences.flatMap((s) => s.triggers)]) {
      const sources = this.eventNamesOf(t);
      if (sources.length === 0 || sources.some((s) => s.condition.type !== 'EQUALS' || s.condition.ignoreCase)) return r.values;
      for (const s of sources) events.add(s.name);
    }
    return events.size ? this.resolver.valuesForInputs(r, events) : r.values;
  }

  /** A field's text as core's value: literal text, the values a sole variable can take, or unknown. */
  answerValue(text: string): Value {
    const range: [number, number] = [0, text.length];
    if (!text.includes('{{')) return { kind: 'str', parts: [text], range };
    const sole = soleMacro(text);
    const r = sole === undefined ? undefined : this.resolver.resolve(sole);
    if (r?.complete && r.values.length) return { kind: 'any', options: r.values.map((v) => ({ kind: 'str', parts: [v], range })), range };
    // A data-layer key named for a health field (`intake.diagnosis`): what the visitor entered there.
    if (r?.healthField) return { kind: 'unknown', range, macro: { display: `{{${r.name}}}`, healthField: r.healthField } };
    return { kind: 'unknown', range };
  }

  /** Identifiers a template string carries through its macros. */
  identityIn(value: string): Array<{ field: IdentityField; via: string; start: number; end: number }> {
    const out: Array<{ field: IdentityField; via: string; start: number; end: number }> = [];
    if (!value.includes('{{')) return out;
    for (const m of value.matchAll(MACRO_PATTERN)) {
      const r = this.resolver.resolve(macroName(m));
      for (const field of r.identity) {
        const source = r.identitySources.get(field);
        out.push({ field, via: source ? `{{${r.name}}}: ${source}` : `{{${r.name}}}`, start: m.index, end: m.index + m[0].length });
      }
    }
    return out;
  }

  readonly #coreResults = { html: new Map<string, ReturnType<typeof analyzeHtml>>(), script: new Map<string, ReturnType<typeof analyzeScript>>() };

  /**
   * Core's analysis of a Custom HTML text, or of a script. The same snippet often sits in several
   * tags (a base code per event); the result depends only on the text and on what its macros are
   * known to be.
   */
  coreResult(kind: 'html' | 'script', text: string, names: readonly string[], ctx: TagContext): ReturnType<typeof analyzeHtml> {
    const infos = names.map((n) => ctx.macros(n));
    const key = names.length ? `${text}\u0000${JSON.stringify(infos)}` : text;
    const cache = this.#coreResults[kind];
    let result = cache.get(key);
    if (!result) {
      result = (kind === 'html' ? analyzeHtml : analyzeScript)(text, this.settings, names.length ? { macros: ctx.macros, macroNames: names } : {});
      cache.set(key, result);
    }
    return result;
  }

  #trackingCode: Map<Variable, Param> | undefined;

  /** Custom JavaScript variables whose code names a tracker, with their code. */
  trackingCode(): ReadonlyMap<Variable, Param> {
    if (!this.#trackingCode) {
      this.#trackingCode = new Map();
      for (const v of this.container.variables) {
        const p = v.type === 'jsm' ? param(v.params, 'javascript') : undefined;
        if (p?.value && mightTrack(p.value, this.settings.helpers)) this.#trackingCode.set(v, p);
      }
    }
    return this.#trackingCode;
  }

  #macroParams: Map<Tag | Variable, Param[]> | undefined;

  /** The parameters of a tag or variable that hold `{{references}}`. */
  macroParamsOf(owner: Tag | Variable): readonly Param[] {
    if (!this.#macroParams) {
      this.#macroParams = new Map();
      for (const { owner: o, param: p } of this.container.macroParams) {
        const list = this.#macroParams.get(o);
        if (list) list.push(p);
        else this.#macroParams.set(o, [p]);
      }
    }
    return this.#macroParams.get(owner) ?? [];
  }

  #augments: Array<{ transformation: Client; rows: Array<Map<string, Param>>; tags: Set<string>; types: Map<string, Set<string>>; except: boolean }> | undefined;

  /**
   * Rows that server transformations (`tf_augment_event`) add to the event data a tag reads: they
   * are sent like the tag's own parameters. Matching conditions are not evaluated (they may hold).
   */
  augmentsFor(tag: Tag): Array<{ transformation: Client; row: Map<string, Param> }> {
    this.#augments ??= this.container.transformations
      .filter((t) => t.type === 'tf_augment_event')
      .map((t) => ({
        transformation: t,
        rows: tableRows(param(t.params, 'augmentEventTable')),
        tags: new Set(tableRows(param(t.params, 'affectedTags')).map((row) => row.get('tagReference')?.value ?? '')),
        // Tag types (`sgtmgaaw`), each with the tags of that type it leaves out.
        types: new Map(
          tableRows(param(t.params, 'affectedTagTypes')).map((row) => [
            row.get('tagType')?.value ?? '',
            new Set((row.get('tagTypeExceptions')?.list ?? []).map((item) => (item.map ? param(item.map, 'tagReference')?.value : item.value) ?? '')),
          ]),
        ),
        except: paramValue(t.params, 'allTagsExcept') === 'true',
      }));
    const out: Array<{ transformation: Client; row: Map<string, Param> }> = [];
    for (const a of this.#augments) {
      const named = a.tags.has(tag.name) || (a.types.get(tag.type)?.has(tag.name) === false);
      if (named === a.except) continue;
      for (const row of a.rows) out.push({ transformation: a.transformation, row });
    }
    return out;
  }

  readonly #reported = new Set<string>();

  /** True the first time `key` is asked for: notices about a shared thing (a template, a variable) are given once. */
  reportOnce(key: string): boolean {
    if (this.#reported.has(key)) return false;
    this.#reported.add(key);
    return true;
  }

  readonly #eventNames = new Map<Trigger, EventNameSource[]>();

  /** Event names a trigger fires on; triggers are shared by many tags. */
  eventNamesOf(trigger: Trigger): EventNameSource[] {
    let names = this.#eventNames.get(trigger);
    if (!names) {
      names = triggerEventNames(trigger, this.resolver);
      this.#eventNames.set(trigger, names);
    }
    return names;
  }

  macroInfo(ctx: TagContext, name: string): MacroInfo | undefined {
    const r = this.resolver.resolve(name);
    const events = carriesEventName(r) ? ctx.eventNames.map((e) => e.name) : [];
    const values = r.eventName ? events : [...this.valuesFiring(r, ctx), ...events];
    const object = r.objectProps.map((p): MacroProp => {
      if (p.value !== undefined) return { key: p.key, values: p.values ?? [p.value] };
      if (p.macro === undefined) return { key: p.key };
      const inner = this.resolver.resolve(p.macro);
      return { key: p.key, values: inner.values.length ? inner.values : undefined, identity: inner.identity[0], display: `{{${p.macro}}}` };
    });
    const open = values.length > 0 && !r.complete && !r.eventName;
    const page = r.url ? { page: addressPart(r) } : {};
    const global = r.global ? { global: r.global } : {};
    const table = this.pageTable(r);
    const content = this.resolver.isPageContent(r) ? { content: true } : {};
    const health = r.healthField ? { healthField: r.healthField } : {};
    return { display: `{{${name}}}`, values: values.length ? values : undefined, identity: r.identity[0], ...health, ...(open ? { open } : {}), ...(object.length ? { object } : {}), ...(r.value ? { value: r.value } : {}), ...page, ...global, ...(table ? { table } : {}), ...content };
  }

  /** A lookup or RegEx table keyed on the page address (`{{Page Path}}` → `Care`): its rows, for tests of its output in code. */
  private pageTable(r: Resolution): MacroInfo['table'] {
    if ((r.kind !== 'lookup-table' && r.kind !== 'regex-table') || !r.input || !r.rows?.length) return undefined;
    const input = soleMacro(r.input);
    const address = input === undefined ? undefined : this.resolver.chain(input).find((x) => x.url);
    return address && { part: addressPart(address), pattern: r.kind === 'regex-table', rows: r.rows };
  }
}

// ─────────────────────────── per-tag checks ───────────────────────────

function vendorOfBuiltInType(a: Analysis, tag: Tag): VendorSpec | undefined {
  if (tag.type === 'googtag') {
    // The tag id is often a constant or a lookup table (`{{CONST - Ads ID}}`): every value it can take counts,
    // and an ad vendor's id among them makes the tag an ad tag.
    const id = paramValue(tag.params, 'tagId') ?? '';
    const ids = id.includes('{{') ? a.resolver.valuesOf(id).values : [id];
    const vendors = ids.flatMap((value) => Object.entries(TAG_ID_PREFIXES).filter(([prefix]) => value.trim().startsWith(prefix)).map(([, vendor]) => getVendor(vendor)));
    const found = vendors.find((v) => v.kind === 'ads') ?? vendors[0];
    if (found) return found;
  }
  return VENDORS.find((v) => v.gtm?.tagTypes?.includes(tag.type));
}

function checkHtml(a: Analysis, ctx: TagContext): void {
  const p = param(ctx.tag.params, 'html');
  if (p?.value === undefined) {
    // No tag goes unread silently: an export edited by hand, or by a tool, can lose the field.
    a.notice(`Custom HTML tag "${ctx.tag.name}" has no HTML to read (its "html" parameter is ${p ? `a ${p.type} parameter, not text` : 'missing'}); it was not analysed. Check it by hand.`, p ? paramPath(ctx.tag, p) : ctx.tag.path, ctx.ref);
    a.partlyRead.add(ctx.tag);
    return;
  }
  if (!p.value) return;
  const valuePath = a.valuePath(ctx.tag, p);
  const { text, names } = replaceMacros(p.value);
  // Code that names no tracker (no vendor global, host or marker), in its text or in a value its
  // macros can take (`img.src = {{CONST - Pixel URL}}`), nor a declared tracking helper, cannot send anything: nothing to parse.
  if (!mightTrack(text, a.settings.helpers) && !names.some((name) => ctx.macros(name)?.global || ctx.macros(name)?.values?.some((v) => mightTrack(v)))) return;
  // Core reads everything, pixel URLs in the markup included (`<noscript><img src="https://www.facebook.com/tr?…&ud[em]=…">`:
  // the pixel, and what its query sends).
  const result = a.coreResult('html', text, names, ctx);
  for (const id of result.vendors) ctx.vendors.set(id, getVendor(id));
  pushCoreFindings(a, ctx, result.findings, p.value, valuePath);
  reportUnreadable(a, ctx, 'Custom HTML', result.errors, valuePath);
}

/**
 * Custom JavaScript runs each time GTM reads the variable, and the function it returns runs where the
 * tag calls it (`var cb = {{JS - Meta callback}}; cb();`, a `hitCallback` field): a tracker call in
 * either runs with the tag (adversarial probe p25). Read as core reads the same code, at the variable,
 * for each tag that reads it, directly or through other variables.
 */
function checkVariableCode(a: Analysis, ctx: TagContext): void {
  const tracking = a.trackingCode();
  if (tracking.size === 0) return;
  // References are followed in the text: resolving every variable would parse code no rule needs.
  const seen = new Set<Variable>();
  const add = (name: string): void => {
    const variable = a.container.variablesByName.get(name);
    if (!variable || seen.has(variable)) return;
    seen.add(variable);
    for (const p of a.macroParamsOf(variable)) for (const inner of macroNames(p.value!)) add(inner);
  };
  // Only what the tag reads: a trigger's test runs a variable too, but never calls a callback it returns.
  for (const p of a.macroParamsOf(ctx.tag)) for (const name of macroNames(p.value!)) add(name);
  for (const variable of seen) {
    const p = tracking.get(variable);
    if (!p?.value) continue;
    const { text, names } = replaceMacros(p.value);
    // A function expression is no statement: parsed in parentheses, as the variable reader does.
    const result = a.coreResult('script', `(${text}\n)`, names, ctx);
    const unwrapped = <T extends { range: readonly [number, number] }>(f: T): T => ({ ...f, range: [f.range[0] - 1, f.range[1] - 1] as [number, number] });
    const valuePath = a.valuePath(variable, p);
    // The vendors its code calls are the tag's, as a Custom HTML tag's are (for consent too: `fbq(…)` in an `event_callback`).
    for (const id of result.vendors) ctx.vendors.set(id, getVendor(id));
    pushCoreFindings(a, ctx, result.findings.map(unwrapped), p.value, valuePath, { codeIn: `Custom JavaScript {{${variable.name}}}` });
    // Code that names a tracker but does not parse may hold calls error recovery lost (unless the variable reader noted it).
    if (!a.resolver.unreadable.some((u) => u.variable === variable)) {
      reportUnreadable(a, ctx, `Custom JavaScript {{${variable.name}}}`, result.errors.map((e) => ({ ...e, offset: Math.max(0, e.offset - 1) })), valuePath);
    }
  }
}

/** A warning that a field's code could not be fully read (`errors` at offsets in the field's text): the tag is partly read. */
function reportUnreadable(a: Analysis, ctx: TagContext, what: string, errors: ReadonlyArray<{ message: string; offset: number }>, valuePath: JsonPath): void {
  if (errors.length === 0) return;
  a.partlyRead.add(ctx.tag);
  const first = errors[0]!;
  const span = a.spanIn(valuePath, first.offset, first.offset + 1);
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  a.push(
    ctx,
    null,
    'unreadable',
    `${what} of tag "${ctx.tag.name}" could not be fully read: ${first.message.replace(/\.$/u, '')}${more}. The report includes what error recovery found; check this tag by hand.`,
    { path: valuePath, ...span },
    {},
  );
}

/**
 * A server HTTP Request tag (`http_request`): read as core reads the same request written in code,
 * `sendHttpRequest(url, options, body)`. A request to an Events or Conversions API is that vendor's
 * server endpoint, and its JSON body carries the event, its parameters and the identifiers.
 */
function checkHttpRequest(a: Analysis, ctx: TagContext): void {
  const url = param(ctx.tag.params, 'url');
  if (!url?.value) return;
  const body = param(ctx.tag.params, 'requestBody');
  const urlPath = a.valuePath(ctx.tag, url);
  // A JSON body is an object literal in code; any other body (form fields, text) is a string.
  const json = body?.value !== undefined && /^\s*[[{]/u.test(body.value);
  const head = `sendHttpRequest(${JSON.stringify(url.value)}, {}, `;
  const code = `${head}${json ? body.value : JSON.stringify(body?.value ?? '')})`;
  const read = (source: string) => {
    const { text, names } = replaceMacros(source);
    return analyzeScript(text, a.settings, names.length ? { macros: ctx.macros, macroNames: names } : {});
  };
  const result = read(code);
  // Findings in the URL take the whole URL field; findings in a JSON body keep their place in it.
  const bodyEnd = code.length - 1;
  const inBody = (f: { range: readonly [number, number] }) => json && f.range[0] >= head.length && f.range[1] <= bodyEnd;
  const shift = (f: Finding): Finding => ({ ...f, range: [f.range[0] - head.length, f.range[1] - head.length] });
  const whole = url.value.length;
  let atUrl = result.findings.filter((f) => !inBody(f));
  const vendors = new Set(result.vendors);
  // A body that does not parse can take the whole call with it: the endpoint is read again without it.
  if (json && result.errors.length && atUrl.length === 0) {
    const bare = read(`${head}{})`);
    atUrl = bare.findings;
    for (const id of bare.vendors) vendors.add(id);
  }
  for (const id of vendors) ctx.vendors.set(id, getVendor(id));
  pushCoreFindings(a, ctx, atUrl.map((f) => ({ ...f, range: [0, whole] as [number, number] })), url.value, urlPath);
  if (json) {
    const bodyPath = a.valuePath(ctx.tag, body);
    pushCoreFindings(a, ctx, result.findings.filter(inBody).map(shift), body.value!, bodyPath);
    reportUnreadable(a, ctx, 'The request body', result.errors.map((e) => ({ ...e, offset: Math.max(0, e.offset - head.length) })), bodyPath);
  }
  if (vendors.size === 0 && !a.resolver.valuesOf(url.value).values.some((u) => /^\s*(?:https?:)?\/\/[^/{]/iu.test(u))) {
    a.notice(
      `Tag "${ctx.tag.name}" sends an HTTP request to ${url.value}, an address phiguard cannot resolve; if it is an ad platform's endpoint, check what the tag sends by hand.`,
      urlPath,
      ctx.ref,
    );
    a.partlyRead.add(ctx.tag);
  }
}

/** Where a field's text came from, when it is not the field's own (`pushCoreFindings`). */
interface TextOrigin {
  /** The text is this variable's value, so findings take the whole field… */
  via?: string;
  /** …except those from offset `from` on, which are the field's own text from `from - by` on (a URL that starts with a variable: `{{Const - FB}}?ev=Lead&ud[em]={{DLV - email}}`). */
  rest?: { from: number; by: number };
  /** The code is this variable's (a Custom JavaScript variable the tag reads), named as where the finding comes from. */
  codeIn?: string;
}

/** A core finding about a health term, worded for another term the same test names (`match`, in `text`). */
function namingTerm(f: Finding, text: string, match: HealthMatch): Finding {
  const { data: named, evidence } = healthData(f.data.vendor ?? '', { text, match });
  const data = { ...f.data, term: named.term!, category: named.category!, tier: named.tier! };
  return { ...f, data, evidence, message: formatMessage((MESSAGES[f.ruleId] as Record<string, string>)[f.messageId]!, data) };
}

/** Core's findings on a field's text (Custom HTML, a Custom Image URL), placed in the field. */
function pushCoreFindings(a: Analysis, ctx: TagContext, findings: readonly Finding[], raw: string, valuePath: JsonPath, { via, rest, codeIn }: TextOrigin = {}): void {
  const own = via === undefined ? 0 : (rest?.from ?? Infinity);
  const placeholders = [...raw.matchAll(MACRO_PATTERN)].filter((m) => m.index >= own).map((m) => ({ start: m.index, end: m.index + m[0].length, name: macroName(m) }));
  for (const found of findings) {
    // A page test in the code on pages where the tag's blocking triggers never let it fire (adv26a #13);
    // where they block some of its health alternatives only, the message names one left open.
    const open = found.page ? codeTestOpen(found.page, [ctx, ...ctx.sequences], a.resolver, a.settings.classifier) : undefined;
    if (open === 'blocked') continue;
    const f = open ? namingTerm(found, open.text, open.match) : found;
    ctx.vendors.set(f.vendor, getVendor(f.vendor));
    const inside = placeholders.find((m) => m.start < f.range[1] && f.range[0] < m.end && f.range[1] - f.range[0] <= m.end - m.start + 2);
    // What the field's own text after the variable holds does not come from it; a variable's code is that variable's.
    let from = f.range[0] < own ? via : codeIn;
    if (inside) {
      const r = a.resolver.resolve(inside.name);
      const shown = f.evidence.kind === 'health' ? f.evidence.text : undefined;
      // `{{Event}}`: the custom event trigger whose event name it is.
      const source = carriesEventName(r) && shown !== undefined && !r.values.includes(shown) ? ctx.eventNames.find((e) => e.name === shown) : undefined;
      // Core's message names the variable's other health values (its macro values are known to it).
      from = shown === undefined ? a.via(r) : source ? a.eventVia(r, source) : a.via(r, shown);
    } else if (f.evidence.kind === 'health') {
      // A variable written inside a longer string (`'Booked_{{Const - Service}}'`): the one whose value
      // is in the text, and of several (`'{{LT - Clinic}}_{{LT - Service}}'`) the one holding the term.
      const { text: shown, term } = f.evidence;
      let first: string | undefined;
      for (const m of placeholders) {
        if (m.start < f.range[0] || m.end > f.range[1]) continue;
        const r = a.resolver.resolve(m.name);
        const value = r.values.find((v) => v !== '' && shown.includes(v));
        if (value === undefined) continue;
        first ??= a.via(r, value);
        if (value.toLowerCase().includes(term.toLowerCase())) {
          from = a.via(r, value);
          break;
        }
      }
      from ??= first;
    }
    const shift = via === undefined ? 0 : rest?.by;
    const span = shift !== undefined && f.range[0] >= own ? a.spanIn(valuePath, f.range[0] - shift, f.range[1] - shift) : a.span(valuePath);
    const clicked = linkClickIdentity(a, ctx, f, placeholders);
    const message = clicked ? `${f.message} It is ${clicked}.` : f.message;
    a.push(ctx, f.ruleId, f.messageId, message, { path: valuePath, ...span }, { vendor: f.vendor, evidence: f.evidence, confidence: clicked ? 'medium' : f.confidence, via: clicked ?? from });
  }
}

/**
 * Identifiers a tag's code sends from data-layer variables only on a call or e-mail link's click
 * event (`fbq('track', 'Contact', { phone: {{DL - phone}} })` fired by `phone_click`): most likely the
 * link's own address, as a field's are (`linkClickEvents`); says so, or undefined.
 */
function linkClickIdentity(a: Analysis, ctx: TagContext, f: Finding, placeholders: ReadonlyArray<{ start: number; end: number; name: string }>): string | undefined {
  if (f.ruleId !== 'no-advanced-matching' || f.evidence.kind !== 'identity') return undefined;
  const fields = f.evidence.fields;
  if (fields.length !== 1 || (fields[0] !== 'phone' && fields[0] !== 'email')) return undefined;
  const used = placeholders.filter((m) => m.start >= f.range[0] && m.end <= f.range[1]);
  if (used.length === 0 || used.some((m) => a.resolver.resolve(m.name).kind !== 'data-layer')) return undefined;
  const clicks = linkClickEvents(a, ctx, fields[0], []);
  return clicks && `${used.map((m) => `{{${m.name}}}`).join(', ')}, ${sentOnLinkClicks(clicks, fields[0])}`;
}

function checkImage(a: Analysis, ctx: TagContext): void {
  const p = param(ctx.tag.params, 'url');
  if (!p?.value) return;
  const valuePath = a.valuePath(ctx.tag, p);
  if (checkImageUrl(a, ctx, p.value, valuePath)) return;
  // The URL from a variable, whole (`{{CONST - Meta pixel URL}}`) or as its start (`{{CONST - Meta beacon}}&ev=Purchase&ud[em]={{DLV - email}}`): each value it can take.
  const lead = /^\s*\{\{([^{}]+)\}\}/u.exec(p.value);
  if (!lead) return;
  const name = lead[1]!.trim();
  const rest = p.value.slice(lead[0].length);
  const from = a.findings.length;
  // What follows the variable is the field's own text, with its positions.
  for (const start of a.resolver.resolve(name).values) checkImageUrl(a, ctx, start + rest, valuePath, { via: `{{${name}}}`, rest: { from: start.length, by: start.length - lead[0].length } });
  // Two values of one vendor (a table of a beacon URL per site) send the same event: one finding each.
  const seen = new Set<string>();
  const kept = a.findings.splice(from).filter((f) => {
    const key = `${f.ruleId}\0${f.start}\0${f.end}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  a.findings.push(...kept);
}

/**
 * A Custom Image tag's URL: the pixel, and what its query sends; false when it is no vendor's URL.
 * `via`: the variable the URL came from (then positions are the whole field, but for the `rest`).
 */
function checkImageUrl(a: Analysis, ctx: TagContext, url: string, valuePath: JsonPath, { via, rest }: TextOrigin = {}): boolean {
  const { text, names } = replaceMacros(url);
  const match = matchVendorUrl(text);
  if (!match) return false;
  const vendor = match.vendor;
  ctx.vendors.set(vendor.id, vendor);
  if (vendor.kind === 'ads') {
    const fingerprint = `${match.fingerprint.host}${match.fingerprint.path ?? ''} (${match.fingerprint.label})`;
    a.shared(ctx, 'no-tracking-pixel', 'loaderUrl', { vendor: vendor.name, fingerprint }, { path: valuePath }, {
      vendor: vendor.id,
      evidence: { kind: 'fingerprint', fingerprint, detail: via ? `Custom Image tag URL from ${via}` : 'Custom Image tag URL' },
      via,
    });
  }
  // What its query sends: core reads the URL as it reads `<img src>` markup (the pixel is reported above).
  const result = analyzeUrl(text, a.settings, names.length ? { macros: ctx.macros, macroNames: names } : {});
  pushCoreFindings(a, ctx, result.findings.filter((f) => f.ruleId !== 'no-tracking-pixel'), url, valuePath, { via, rest });
  return true;
}

function emitHealth(
  a: Analysis,
  ctx: TagContext,
  vendor: VendorSpec,
  ruleId: 'no-health-event-names' | 'no-health-event-properties',
  key: string | undefined,
  hit: HealthHit,
  valuePath: JsonPath,
  /** Offset of the hit's text in the field; null: the whole field (the text is a variable's value). */
  base: number | null = 0,
): void {
  const { data, evidence } = healthData(vendor.name, hit);
  if (key !== undefined) data.key = key;
  const span = base === null || hit.whole ? a.span(valuePath) : a.spanIn(valuePath, base + hit.start, base + hit.end);
  a.shared(ctx, ruleId, ruleId === 'no-health-event-names' ? 'healthEventName' : 'healthProperty', data, { path: valuePath, ...span }, {
    vendor: vendor.id,
    evidence,
    confidence: hit.match.tier === 3 ? 'medium' : 'high',
    via: hit.via,
  });
}

/** The variable is the event name (`{{Event}}`), or a table with an output that is (`default → {{Event}}`). */
const carriesEventName = (r: Resolution): boolean => r.eventName || r.eventOutputs.length > 0;

/** How a message names a trigger that sets the event name: a server "Always" trigger filtered on `{{Event Name}}` is not a custom event trigger. */
const triggerKind = (trigger: Trigger): string => (trigger.type === 'CUSTOM_EVENT' ? 'custom event trigger' : 'trigger');

function emitIdentity(a: Analysis, ctx: TagContext, vendor: VendorSpec, messageId: 'identify' | 'identityInParams', hits: IdentityHit[], call: string, confidence: 'high' | 'medium' = 'high'): void {
  const { fields, hashNote, evidence } = identityData(hits);
  const first = hits[0]!;
  const span = first.start !== undefined && first.end !== undefined ? a.spanIn(first.path, first.start, first.end) : a.span(first.path);
  a.shared(ctx, 'no-advanced-matching', messageId, { vendor: vendor.name, fields, call, hashNote }, { path: first.path, ...span }, {
    vendor: vendor.id,
    evidence,
    confidence: hits.some((h) => h.field === 'identity data') || hits.every((h) => h.siteOwn) ? 'medium' : confidence,
  });
}

/**
 * Template and built-in tags: the fields the spec names. `gateOf`: the condition a template's own
 * form shows a field under, for a field the spec gives none (Pinterest's `eventNameCustom`, shown
 * only when `eventType` is `custom`): a value left behind in a hidden field is not sent.
 */
function checkFields(a: Analysis, ctx: TagContext, vendor: VendorSpec, spec: TemplateSpec, gateOf?: (key: string) => Gate | undefined): void {
  const params = ctx.tag.params;
  // Event names.
  let sawEventField = false;
  for (const e of spec.eventName ?? []) {
    const p = param(params, e.key);
    if (!p?.value || !gateOpen(params, e.when ?? gateOf?.(e.key))) continue;
    sawEventField = true;
    const hit = a.healthIn(p.value, ctx);
    if (hit) emitHealth(a, ctx, vendor, 'no-health-event-names', undefined, hit, a.valuePath(ctx.tag, p));
  }
  if (!sawEventField && spec.defaultEventName) {
    // No event field: the template sends the event that fired it.
    const hit = a.healthIn(spec.defaultEventName, ctx);
    if (hit) {
      const { data, evidence } = healthData(vendor.name, hit);
      const source = ctx.eventNames.find((s) => s.name === hit.text);
      const arg1 = source?.condition.arg1Param;
      const at = arg1 && source ? a.valuePath(source.condition, arg1) : ctx.tag.path;
      a.shared(ctx, 'no-health-event-names', 'healthEventName', data, { path: at }, {
        vendor: vendor.id,
        evidence,
        confidence: hit.match.tier === 3 ? 'medium' : 'high',
        via: `${spec.defaultEventName} (the ${ctx.tag.type.startsWith('cvt_') ? "template's default event name" : 'event the tag forwards'}; ${source ? triggerKind(source.trigger) : 'trigger'} "${source?.trigger.name ?? '?'}")`,
      });
    }
  }

  // Identifiers.
  const hits: IdentityHit[] = [];
  const fieldHit = (p: Param, field: IdentityField | 'identity data', hashed: boolean | undefined) => {
    const macro = soleMacro(p.value);
    hits.push({ field, hashed, via: macro !== undefined ? `{{${macro}}}` : undefined, path: a.valuePath(ctx.tag, p) });
  };
  for (const spec1 of spec.identity ?? []) {
    const p = param(params, spec1.key);
    if (!p?.value || isEmptyValue(p.value) || !gateOpen(params, spec1.when)) continue;
    const field = spec1.field ?? identityField(spec1.key);
    if (field) fieldHit(p, field, spec1.hashed ?? (/sha256|hash/iu.test(spec1.key) ? true : undefined));
  }
  for (const table of spec.identityTables ?? []) {
    if (!gateOpen(params, table.when)) continue;
    for (const row of tableRows(param(params, table.key))) {
      const name = row.get(table.nameColumn)?.value ?? '';
      const value = row.get(table.valueColumn);
      if (!value?.value || isEmptyValue(value.value)) continue;
      const field = identityField(name) ?? (IDENTITY_CONTAINER_KEYS.has(normalizeKey(name)) ? 'identity data' : undefined);
      if (field) fieldHit(value, field, /sha256|hash/iu.test(name) ? true : undefined);
    }
  }
  // A flag says user data is sent, not which; a User-Provided Data variable named by the tag says which.
  let named = false;
  for (const key of spec.identityVariables ?? []) {
    const p = param(params, key);
    if (!p?.value) continue;
    const name = soleMacro(p.value);
    named ||= name !== undefined && a.resolver.resolve(name).kind === 'user-provided-data';
    for (const id of a.identityIn(p.value)) hits.push({ field: id.field, hashed: undefined, via: id.via, path: a.valuePath(ctx.tag, p), ...partOf(id, p.value) });
  }
  for (const flag of named ? [] : (spec.identityFlags ?? [])) {
    const p = param(params, flag.key);
    if (p?.value && flag.values.includes(p.value)) {
      const via = `${flag.label} is on; no User-Provided Data variable says which identifiers, so these are assumed`;
      for (const field of flag.fields) hits.push({ field, hashed: true, via, path: a.valuePath(ctx.tag, p) });
    }
  }

  // Event properties (and identifiers passed as properties).
  const paramHits: IdentityHit[] = [];
  /**
   * One event property: `p` of `owner`, or (`from`) a property of an object a variable returns,
   * reported at the field that names the variable; `animal`: its table is about an animal (`describesAnimal`).
   */
  const property = (key: string, p: Param, owner: Tag | Variable | Client = ctx.tag, from?: { path: JsonPath; via: string }, animal = false) => {
    if (!p.value) return;
    const k = normalizeKey(key);
    if (NON_DESCRIPTIVE_KEYS.has(k)) return;
    // Paths are built only for what is reported: most properties report nothing.
    const pathOf = () => from?.path ?? a.valuePath(owner, p);
    // A row whose value is a variable returning an object (`user_properties` = {{CJS - props}}): its properties are sent.
    const objectName = from ? undefined : soleMacro(p.value);
    const returned = objectName === undefined ? undefined : a.resolver.resolve(objectName);
    if (objectName !== undefined && returned && (returned.objectProps.length || returned.value)) {
      objectProperties(objectName, { path: pathOf(), via: `{{${objectName}}}` });
      return;
    }
    const within = (c: { start: number; end: number }) => (from ? {} : partOf(c, p.value!));
    const direct = paramIdentityField(key, { ambiguous: true });
    if (direct || IDENTITY_CONTAINER_KEYS.has(k)) {
      // A literal (`phone_number` = the clinic's own number) is the same for every visitor, as in core,
      // and so is the page's own text (`{{Click URL}}` on a click-to-call trigger).
      if (isEmptyValue(p.value) || !p.value.includes('{{')) return;
      const sole = soleMacro(p.value);
      if (sole !== undefined && a.resolver.isPageContent(a.resolver.resolve(sole))) return;
      const valuePath = pathOf();
      // `phone_number` = `{{DL - phone_number}}` on a tag that fires only on a call link's click event
      // (`phone_click`): the number the page pushed for the link clicked, most likely the site's own
      // (as core reads `href.replace('tel:', '')` in a call link's click handler). The data layer could
      // still carry a visitor's, so it is a warning that says why, not silence.
      if ((direct === 'phone' || direct === 'email') && sole !== undefined && a.resolver.resolve(sole).kind === 'data-layer') {
        const ownEvents = (spec.eventName ?? []).map((e) => param(params, e.key)?.value).filter((v): v is string => !!v && !v.includes('{{'));
        const clicks = linkClickEvents(a, ctx, direct, ownEvents);
        if (clicks) {
          paramHits.push({ field: direct, hashed: undefined, via: `${key}: ${p.value.trim()}, ${sentOnLinkClicks(clicks, direct)}`, path: valuePath, siteOwn: true });
          return;
        }
      }
      const carried = a.identityIn(p.value);
      // A row of a shared settings variable says which variable it is in, as health findings do.
      const settings = !from && owner.kind === 'variable' ? owner.name : undefined;
      const row = settings === undefined ? key : `${key}${inSettings(settings)}`;
      const userData = ga4UserData(key) || undefined;
      if (carried.length) for (const c of carried) paramHits.push({ field: c.field, hashed: undefined, via: `${row}: ${c.via}`, settings, path: valuePath, userData, ...within(c) });
      // Named with its value (`user_data: {{CJS - user data}}`), as a carried identifier is.
      else paramHits.push({ field: direct ?? 'identity data', hashed: undefined, via: from ? `${key} in ${from.via}` : `${row}: ${p.value.trim()}`, settings, path: valuePath, userData });
      return;
    }
    for (const c of a.identityIn(p.value)) {
      if (PARAM_IDENTITY_FIELDS.has(c.field)) paramHits.push({ field: c.field, hashed: undefined, via: `${key}: ${c.via}`, path: pathOf(), ...within(c) });
    }
    // `has_diabetes` = `{{DLV - quiz q3}}`: the visitor's answer, as core reads `{ has_diabetes: answer }`.
    const answer = healthAnswer(key, a.answerValue(p.value), a.settings);
    if (answer) {
      const { data, evidence } = healthData(vendor.name, answer);
      const messageId = answer.field === undefined ? 'healthAnswer' : 'healthField';
      a.shared(ctx, 'no-health-event-properties', messageId, { ...data, key, answer: answer.shown, field: answer.field ?? '' }, { path: pathOf() }, { vendor: vendor.id, evidence, confidence: 'high', via: from?.via });
      return;
    }
    const hit = a.healthIn(p.value, ctx, key, animal);
    if (!hit) return;
    if (from) hit.via ??= from.via;
    // A row from elsewhere (a server transformation, a shared settings variable) says where it is written.
    else if (owner.kind === 'transformation') hit.via ??= `transformation "${owner.name}", which adds ${key} to this tag's event data`;
    else if (owner.kind === 'variable') hit.via ??= `settings variable {{${owner.name}}}`;
    emitHealth(a, ctx, vendor, 'no-health-event-properties', key, hit, pathOf(), from ? null : 0);
  };
  for (const field of spec.properties ?? []) {
    const key = typeof field === 'string' ? field : field.key;
    const p = param(params, key);
    if (p && gateOpen(params, typeof field === 'string' ? gateOf?.(key) : field.when)) property(key, p);
  }
  const tables: Array<[Tag | Variable, TableSpec]> = (spec.propertyTables ?? []).filter((t) => gateOpen(params, t.when)).map((t) => [ctx.tag, t]);
  // Shared settings variables (GA4 Event/Configuration Settings) add their rows to every tag that uses them.
  for (const { key, table } of spec.settingsVariables ?? []) {
    const name = soleMacro(paramValue(params, key));
    const variable = name === undefined ? undefined : a.container.variablesByName.get(name);
    if (variable) tables.push([variable, table]);
  }
  for (const [owner, table] of tables) {
    const rows = tableRows(param(owner.params, table.key));
    // A table of parameters about an animal (`pet_species` = `dog`): its values are read in veterinary context.
    const animal = describesAnimal(rows.flatMap((row) => {
      const key = row.get(table.nameColumn)?.value;
      return key ? [{ key, text: row.get(table.valueColumn)?.value }] : [];
    }));
    for (const row of rows) {
      const name = row.get(table.nameColumn)?.value;
      const value = row.get(table.valueColumn);
      if (name && value) property(name, value, owner, undefined, animal);
    }
  }
  // Parameters a server transformation adds to the event data this tag reads.
  if (a.container.isServer) {
    for (const { transformation, row } of a.augmentsFor(ctx.tag)) {
      const name = row.get('paramName')?.value;
      const value = row.get('paramValue');
      if (name && value) property(name, value, transformation);
    }
  }
  // A field naming a variable that returns the properties as an object (Meta's objectPropertiesFromVariable).
  for (const key of spec.objectVariables ?? []) {
    const p = param(params, key);
    const name = soleMacro(p?.value);
    if (p && name !== undefined) objectProperties(name, { path: a.valuePath(ctx.tag, p), via: `{{${name}}}` });
  }
  /** The properties of the object variable `name` returns, each reported at the field that names it. */
  function objectProperties(name: string, from: { path: JsonPath; via: string }): void {
    const r = a.resolver.resolve(name);
    const props = [...r.objectProps, ...(r.value ? nestedTexts(r.value) : [])];
    for (const prop of props) {
      // Of several texts (`names[plan] || 'Membership'`), one that names a health term.
      const text = prop.values?.find((v) => a.settings.classifier.classify(v).length > 0) ?? prop.value ?? (prop.macro === undefined ? undefined : `{{${prop.macro}}}`);
      if (text !== undefined) property(prop.key, { type: 'TEMPLATE', key: prop.key, value: text }, ctx.tag, from);
    }
  }

  // A template that always maps the event's identifiers sends those its rows do not override too
  // (`userDataList` with only external_id): named in the same finding, as from the event data.
  const always = hits.length ? spec.implicitIdentity?.find((i) => i.always && gateOpen(params, i.when)) : undefined;
  if (always) {
    const covered = new Set(hits.map((h) => h.field));
    for (const field of always.fields) if (!covered.has(field)) hits.push({ field, hashed: undefined, via: always.via ?? 'the event data', path: [...ctx.tag.path, 'type'] });
  }
  if (hits.length) emitIdentity(a, ctx, vendor, 'identify', hits, spec.call);
  // A variable already reported as advanced matching is not reported again as a parameter.
  const variableOf = (via: string | undefined) => via?.slice(via.lastIndexOf(': ') + 1).trim();
  const reported = new Set(hits.map((h) => variableOf(h.via)));
  const extraParams = paramHits.filter((h) => !reported.has(variableOf(h.via)));
  // `spec.call` names the channel identifiers are meant for (userDataVariable, userDataList); parameters go with the tag itself.
  // `user_data` rows are the tag's user-provided data (advanced matching); the rest are event parameters.
  for (const [messageId, group] of [['identify', extraParams.filter((h) => h.userData)], ['identityInParams', extraParams.filter((h) => !h.userData)]] as const) {
    if (!group.length) continue;
    // Rows of one settings variable name it once, after the tag, not at every field.
    const owners = new Set(group.map((h) => h.settings));
    const shared = owners.size === 1 ? [...owners][0] : undefined;
    const hits = shared === undefined ? group : group.map((h) => ({ ...h, via: h.via!.replace(`${inSettings(shared)}: `, ': ') }));
    // Named without the tag's kind, so that a Google tag and GA4 Event tags reading the same rows give one finding.
    emitIdentity(a, ctx, vendor, messageId, hits, shared === undefined ? tagLabel(a, ctx.tag) : `settings variable {{${shared}}}`);
  }
  const implicit = hits.length ? undefined : spec.implicitIdentity?.find((i) => gateOpen(params, i.when));
  if (implicit) {
    emitIdentity(a, ctx, vendor, 'identify', implicit.fields.map((field) => ({ field, hashed: undefined, path: [...ctx.tag.path, 'type'] })), implicit.source, 'medium');
  }
}

/**
 * The known texts in the lists and inner objects a custom JavaScript variable returns
 * (`[{ item_name: 'Wegovy 2.4mg' }]`), each under its own key; an object's own texts are its
 * `objectProps` already.
 */
function nestedTexts(v: Value, depth = 0, out: JsmProp[] = []): JsmProp[] {
  if (depth > 6 || out.length >= MAX_NESTED_TEXTS) return out;
  if (v.kind === 'any') for (const o of v.options) nestedTexts(o, depth, out);
  else if (v.kind === 'arr') for (const item of v.items) nestedTexts(item, depth + 1, out);
  else if (v.kind === 'obj') {
    for (const p of v.props) {
      if (p.key === undefined) continue;
      if (p.value.kind === 'obj' || p.value.kind === 'arr' || p.value.kind === 'any') nestedTexts(p.value, depth + 1, out);
      // The top level's own texts are `objectProps`; a list's objects and inner objects are read here.
      else if (depth > 0) {
        const { texts: values } = knownTexts(p.value);
        if (values.length) out.push({ key: p.key, value: values[0], values });
      }
    }
  }
  return out;
}
const MAX_NESTED_TEXTS = 100;

/** How a row's key names the settings variable it is in: `user_data.email_address in settings variable {{GA4 - Event settings}}`. */
const inSettings = (name: string): string => ` in settings variable {{${name}}}`;

/** The tag as messages name it: `the GA4 Event tag`, `the "Facebook Conversion API" template`. */
function tagLabel(a: Analysis, tag: Tag): string {
  const template = tag.type.startsWith('cvt_') ? a.template(tag) : undefined;
  if (template) return `the "${template.shownName}" template`;
  const label = TAG_TYPE_LABELS[tag.type] ?? tag.type;
  return /\btag$/iu.test(label) ? `the ${label}` : `the ${label} tag`;
}

function checkTemplateTag(a: Analysis, ctx: TagContext): void {
  const info = a.template(ctx.tag);
  if (!info) {
    // A warning, not a note: the export itself is incomplete, and the tag could send anything (`--max-warnings 0` fails on it).
    a.partlyRead.add(ctx.tag);
    a.push(ctx, null, 'missingTemplate', `Tag "${ctx.tag.name}" uses template type ${ctx.tag.type}, which is not in this export; it was not analysed. Export the container with its templates, or check this tag by hand.`, { path: [...ctx.tag.path, 'type'] }, {});
    return;
  }
  if (info.unreadable.length) a.partlyRead.add(ctx.tag);
  if (info.unreadable.length && a.reportOnce(`template ${info.template.id}`)) {
    const sections = info.unreadable.filter((name) => name !== 'templateData').map((name) => `___${name}___`);
    const what = sections.length ? `has sections that could not be read, not valid JSON or not in the shape GTM exports (${sections.join(', ')})` : 'has no template code (templateData is empty)';
    a.notice(
      `Template "${info.template.name}" ${what}; tags using it were read from what remains${info.vendor ? '' : ', and their vendor is unknown'}. Check them by hand.`,
      info.template.path,
      { kind: 'template', id: info.template.id, name: info.template.name },
    );
  }
  if (!info.vendor) return;
  const vendor = info.vendor.spec;
  ctx.vendors.set(vendor.id, vendor);
  const p = info.permissions;
  const browser = [...p.injectScript, ...p.sendPixel].filter((u) => matchVendorUrl(u)?.vendor.id === vendor.id);
  const server = p.sendHttp.filter((u) => matchVendorUrl(u)?.vendor.id === vendor.id);
  // A template that sends HTTP requests from a server container (an Events API) is a server endpoint,
  // unless the tag has the visitor's browser load the vendor's pixel too (as far as its spec tells).
  const pixelToo = browser.length > 0 && (!a.container.isServer || (info.spec?.browserPixel !== undefined && gateOpen(ctx.tag.params, info.spec.browserPixel)));
  const asServer = server.length > 0 && !pixelToo;
  const urls = asServer ? server : browser;
  if (vendor.kind === 'ads' && urls.length) {
    const fingerprint = `${urls[0]} (permission of template "${info.shownName}")`;
    const messageId = asServer ? 'serverEndpoint' : 'loaderUrl';
    a.shared(ctx, 'no-tracking-pixel', messageId, { vendor: vendor.name, fingerprint }, { path: [...ctx.tag.path, 'type'] }, {
      vendor: vendor.id,
      evidence: { kind: 'fingerprint', fingerprint, detail: info.vendor.evidence },
    });
  }
  checkFields(a, ctx, vendor, info.spec ?? { ...GENERIC_TEMPLATE, call: tagLabel(a, ctx.tag) }, info.gateOf);
}

function checkBuiltInTag(a: Analysis, ctx: TagContext): void {
  const vendor = vendorOfBuiltInType(a, ctx.tag);
  if (!vendor) {
    // A type phiguard knows sends nothing it checks (a Conversion Linker); any other is said, not skipped.
    if (!Object.hasOwn(TAG_TYPE_LABELS, ctx.tag.type)) {
      a.notice(`Tag "${ctx.tag.name}" has tag type "${ctx.tag.type}", which phiguard does not know; it was not analysed. If it sends data to an ad platform, check it by hand.`, [...ctx.tag.path, 'type'], ctx.ref);
      a.partlyRead.add(ctx.tag);
    }
    return;
  }
  ctx.vendors.set(vendor.id, vendor);
  if (vendor.kind === 'ads') {
    // A comma, not brackets: labels have their own (`Google Ads Conversion Tracking (server)`).
    const fingerprint = `GTM tag type "${ctx.tag.type}", ${TAG_TYPE_LABELS[ctx.tag.type] ?? 'built-in tag'}`;
    // A server tag sends from the server; it loads nothing in the browser.
    const messageId = a.container.isServer ? 'serverEndpoint' : 'pixelInit';
    a.shared(ctx, 'no-tracking-pixel', messageId, { vendor: vendor.name, fingerprint }, { path: [...ctx.tag.path, 'type'] }, {
      vendor: vendor.id,
      evidence: { kind: 'fingerprint', fingerprint, detail: 'built-in tag type' },
    });
  }
  // A server tag with no field spec still sends what server transformations add to its event data.
  const spec = TAG_TYPE_SPECS[ctx.tag.type] ?? (a.container.isServer ? { id: ctx.tag.type, call: tagLabel(a, ctx.tag) } : undefined);
  if (spec) checkFields(a, ctx, vendor, spec);
}

/** `Meta`, `Meta and TikTok`, `Meta, TikTok and Snap`: every ad vendor a tag loads (a Custom HTML tag can hold several). */
function vendorNames(vendors: readonly VendorSpec[]): string {
  return andList(vendors.map((v) => v.name));
}


function checkPageTriggers(a: Analysis, ctx: TagContext, vendors: readonly VendorSpec[]): void {
  const own = { triggers: ctx.triggers, blocking: ctx.blocking, groups: ctx.groups, sequence: '' };
  const sequenced = ctx.sequences.map((s) => ({ ...s, sequence: ` as the ${s.role} tag of "${s.tag.name}"` }));
  // A trigger that fires the tag both ways is reported once, the first way that is not blocked.
  const reported = new Set<Trigger>();
  for (const { triggers, blocking, groups, sequence } of [own, ...sequenced]) {
    for (const trigger of triggers) {
      if (!reported.has(trigger) && checkPageTrigger(a, ctx, vendors, trigger, blocking, groups, sequence)) reported.add(trigger);
    }
  }
}

/**
 * Whether the tag sends the custom event's name and had it reported as an event name: that finding
 * names the most sensitive event the tag fires on (a RegEx's spelled-out names too) and the others.
 */
function sendsEventName(a: Analysis, ctx: TagContext): boolean {
  const names = new Set(ctx.eventNames.map((s) => s.name));
  return a.findings.some((f) => f.tag === ctx.tag && f.ruleId === 'no-health-event-names' && f.evidence?.kind === 'health' && names.has(f.evidence.text));
}

/** The message for a health condition: on the page or on what the visitor does, directly, through a table or through code. */
function pageMessageId(hit: HealthPageCondition): string {
  if (hit.viaCode) return 'healthPageViaCode';
  if (hit.action === 'event') return 'healthEvent';
  const lookup = hit.viaKey !== undefined;
  if (hit.action === 'value') return lookup ? 'healthActionViaLookup' : 'healthAction';
  return lookup ? 'healthPageViaLookup' : 'healthPage';
}

/** The other health terms a RegEx condition names (`also`), so that fixing one does not reveal the next: `; it also names "hiv"`. */
function alsoNamed(hit: HealthPageCondition): string {
  const others = hit.also ?? [];
  if (!others.length) return '';
  const shown = others.slice(0, 3).map((t) => `"${t}"`);
  return `; it also names ${shown.join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''}`;
}

/**
 * A RegEx condition some of whose health alternatives a blocker covers, told by those it does not:
 * `^/(psychiatry|therapy)/` blocked on `contains /psychiatry` names "therapy".
 */
function unblockedHit(hit: HealthPageCondition, open: NonNullable<HealthPageCondition['alternatives']>): HealthPageCondition {
  const [first, ...rest] = open.map(({ form, match }) => form.text.slice(match.start, match.end));
  const at = hit.text.toLowerCase().indexOf(first!.toLowerCase());
  const match = { ...open[0]!.match, start: at < 0 ? 0 : at, end: at < 0 ? hit.text.length : at + first!.length };
  const also = [...new Set(rest.filter((t) => t.toLowerCase() !== first!.toLowerCase()))];
  return { ...hit, match, also };
}

/** Reports the health-page conditions of one trigger that fires the tag; true when it reported any. */
function checkPageTrigger(a: Analysis, ctx: TagContext, vendors: readonly VendorSpec[], trigger: Trigger, blocking: readonly Trigger[], groups: ReadonlyMap<Trigger, readonly Trigger[]>, sequence: string): boolean {
  let any = false;
  for (const found of healthPageConditions(trigger, a.resolver, a.settings.classifier)) {
    const open = found.alternatives ? openAlternatives(found, blocking, groups.get(trigger)) : undefined;
    if (open ? open.length === 0 : isBlocked(found, blocking, groups.get(trigger))) continue;
    const hit = open && open.length < found.alternatives!.length ? unblockedHit(found, open) : found;
    // A health custom event the tag sends as its event name is reported there, at the same condition.
    if (hit.action === 'event' && sendsEventName(a, ctx)) continue;
    any = true;
    const c = hit.condition;
    const data: Record<string, string> = {
      vendor: vendorNames(vendors),
      tag: ctx.tag.name,
      sequence,
      trigger: trigger.name,
      variable: hit.variable,
      operator: operatorText(c.type),
      value: shownText(c.arg1 ?? ''),
      term: quotedTerm(hit.match),
      category: categoryLabel(hit.match.category),
      tier: String(hit.match.tier),
      also: alsoNamed(hit),
    };
    if (hit.viaCode) {
      data.key = shownText(hit.text);
      data.subject = hit.viaCode.subject;
      data.test = hit.viaCode.operator;
    } else if (hit.viaKey !== undefined) {
      data.key = hit.viaKey;
      // `"/psychiatry" → {{LT - Section}} → "psych"`: the way from the page to the tested table.
      data.through = (hit.through ?? []).map((step) => ` → ${step.table} → "${shownText(step.output)}"`).join('');
    }
    const path = c.arg1Param ? a.valuePath(c, c.arg1Param) : c.path;
    const span = hit.viaKey === undefined && !hit.viaCode && hit.text === c.arg1 ? a.spanIn(path, hit.match.start, hit.match.end) : a.span(path);
    a.gtmRule(ctx, 'no-health-page-triggers', pageMessageId(hit), data, { path, ...span }, {
      vendor: vendors[0]!.id,
      evidence: healthData(vendors[0]!.name, hit).evidence,
      confidence: hit.match.tier === 3 ? 'medium' : 'high',
    });
  }
  return any;
}

function checkConsent(a: Analysis, ctx: TagContext, vendors: readonly VendorSpec[]): void {
  const { tag } = ctx;
  const vendor = vendors[0]!;
  const info = tag.type.startsWith('cvt_') ? a.template(tag) : undefined;
  // A template's own check counts only when it is on (Stape's "Enable consent mode" checkbox).
  const templateChecks = info?.permissions.readsConsent === true && gateOpen(tag.params, info.spec?.consentCheck);
  // Google's checks hold back what the tag sends to Google, not another vendor's call its code makes (`fbq(…)` in an `event_callback`):
  // the message names the vendors they do not cover.
  const others = BUILT_IN_CONSENT_TYPES.has(tag.type) ? vendors.filter((v) => v.id !== 'google-ads') : vendors;
  const builtIn = others.length === 0 ? "Google's built-in consent checks" : templateChecks ? `the consent check inside template "${info!.shownName}"` : undefined;
  const consent = tag.consent;
  const base = { vendor: vendorNames(others.length ? others : vendors), tag: tag.name };
  const setting = consent ? `consentStatus ${consent.status ?? '(none)'}${consent.types.length ? ` [${consent.types.join(', ')}]` : ''}` : 'no consentSettings';
  const extra = { vendor: vendor.id, evidence: { kind: 'fingerprint', fingerprint: setting, detail: 'consent settings' } as Evidence };
  if (consent && consent.problems.length) {
    a.gtmRule(ctx, 'require-consent-settings', 'invalid', { ...base, problem: consent.problems.join('; ') }, { path: consent.path }, extra);
    return;
  }
  const status = consent?.status;
  if (status === 'NEEDED') {
    if (consent!.types.length === 0) {
      a.gtmRule(ctx, 'require-consent-settings', 'noConsentTypes', base, { path: consent!.path }, { ...extra, confidence: 'medium' });
    } else if (!consent!.types.includes('ad_storage')) {
      a.gtmRule(ctx, 'require-consent-settings', 'missingAdStorage', { ...base, types: consent!.types.join(', ') }, { path: consent!.path }, { ...extra, confidence: 'medium' });
    }
    return;
  }
  // Consent settings without a status are "Not set" in GTM.
  const notSet = status === 'NOT_SET' || (consent !== undefined && status === undefined);
  const path = consent ? [...consent.path, 'consentStatus'] : [...tag.path, 'name'];
  if (builtIn) {
    if (status === 'NOT_NEEDED') return;
    a.gtmRule(ctx, 'require-consent-settings', 'builtInOnly', { ...base, status: notSet ? 'has consent settings "Not set"' : 'has no consent settings', check: builtIn }, { path }, { ...extra, confidence: 'medium' });
    return;
  }
  const messageId = status === 'NOT_NEEDED' ? 'notNeeded' : notSet ? 'notSet' : 'missing';
  a.gtmRule(ctx, 'require-consent-settings', messageId, base, { path }, extra);
}

// ─────────────────────────── container-level ───────────────────────────

function reportDangling(a: Analysis): void {
  const c = a.container;
  const known = (name: string) => c.variablesByName.has(name) || c.builtInsByName.has(name) || Object.hasOwn(BUILT_IN_VARIABLE_NAMES, name);
  const reported = new Set<string>();
  // Most macro-holding values repeat (`{{Page URL}}`); each distinct value is read once.
  const seen = new Set<string>();
  for (const { owner, param } of c.macroParams) {
    if (seen.has(param.value!)) continue;
    seen.add(param.value!);
    for (const name of macroNames(param.value!)) {
      if (reported.has(name) || known(name)) continue;
      reported.add(name);
      a.notice(`{{${name}}} is referenced by ${owner.kind} "${owner.name}" but is not defined in this export (partial export?).`, a.valuePath(owner, param), { kind: owner.kind, id: owner.id, name: owner.name });
    }
  }
  for (const t of c.triggers) {
    for (const cond of [...t.filter, ...t.customEventFilter, ...t.autoEventFilter]) {
      for (const name of [...macroNames(cond.arg0 ?? ''), ...macroNames(cond.arg1 ?? '')]) {
        if (reported.has(name) || known(name)) continue;
        reported.add(name);
        a.notice(`{{${name}}} is referenced by trigger "${t.name}" but is not defined in this export (partial export?).`, cond.path, { kind: 'trigger', id: t.id, name: t.name });
      }
    }
  }
  for (const zone of c.zones) {
    for (const child of zone.childContainers) {
      a.notice(`Zone "${zone.name}" loads container ${child}, whose tags are not in this export: export that container and check it too.`, zone.path);
    }
  }
  // A Google tag's configuration settings (`page_title`, `user_data`, …) ride on every hit it sends; their
  // shape is not documented in exports, so they are named rather than guessed at.
  for (const g of c.googleTagConfigs) {
    a.notice(`Google tag configuration${g.tagId ? ` ${g.tagId}` : ''} (gtagConfig) is not read: check in GTM what its configuration settings send.`, g.path);
  }
  // A tag reference (`TAG_REFERENCE`: a GA4 event's configuration tag) to a missing tag, once per name.
  const referenced = new Map<string, { tag: Tag; param: Param; count: number }>();
  for (const t of c.tags) {
    const ref: GtmRef = { kind: 'tag', id: t.id, name: t.name };
    for (const id of missingTriggerIds(c, t)) {
      a.notice(`Tag "${t.name}" references trigger ${id}, which is not in this export.`, t.path, ref);
    }
    // A setup or cleanup tag fires on this tag's triggers: if it is missing, what it sends is not checked.
    for (const [names, key, role] of [[t.setupTagNames, 'setupTag', 'setup'], [t.teardownTagNames, 'teardownTag', 'cleanup']] as const) {
      names.forEach((name, i) => {
        if (name && !c.tagsByName.has(name)) a.notice(`Tag "${t.name}" fires ${role} tag "${name}", which is not in this export; it fires on this tag's triggers and was not checked.`, [...t.path, key, i], ref);
      });
    }
    for (const param of tagReferences(t.params)) {
      if (c.tagsByName.has(param.value!)) continue;
      const seen = referenced.get(param.value!);
      if (seen) seen.count++;
      else referenced.set(param.value!, { tag: t, param, count: 1 });
    }
  }
  for (const [name, { tag, param, count }] of referenced) {
    const others = count > 1 ? ` (and ${count - 1} other tag${count > 2 ? 's' : ''})` : '';
    a.notice(`Tag "${tag.name}"${others} references tag "${name}", which is not in this export; its settings were not checked.`, a.valuePath(tag, param), { kind: 'tag', id: tag.id, name: tag.name });
  }
}

const tableKind = (r: Resolution): string => (r.kind === 'lookup-table' ? 'lookup table' : 'RegEx table');

/** `TAG_REFERENCE` parameters, at any depth. */
function tagReferences(params: readonly Param[] | undefined, out: Param[] = []): Param[] {
  for (const p of params ?? []) {
    if (p.type === 'TAG_REFERENCE' && p.value) out.push(p);
    tagReferences(p.list, out);
    tagReferences(p.map, out);
  }
  return out;
}

// ─────────────────────────── suppression & severity ───────────────────────────

/** `phiguard-disable [rule[, rule…]] -- reason` lines of a tag's notes; a directive without a reason does nothing. */
function directives(tag: Tag): Array<{ rules: string[] | undefined; reason: string }> {
  return parseDirectives(tag).filter((d) => d.reason !== '');
}

/** Parsed once per tag: every finding on the tag asks. */
const directiveCache = new WeakMap<Tag, Array<{ rules: string[] | undefined; reason: string }>>();

function parseDirectives(tag: Tag): Array<{ rules: string[] | undefined; reason: string }> {
  let out = directiveCache.get(tag);
  if (!out) directiveCache.set(tag, (out = readDirectives(tag.notes ?? '')));
  return out;
}

const DIRECTIVE_START = /^[\s\-*•#/>]*phiguard-disable(?![\w-])/iu;

function readDirectives(notes: string): Array<{ rules: string[] | undefined; reason: string }> {
  const out: Array<{ rules: string[] | undefined; reason: string }> = [];
  for (const line of notes.split('\n')) {
    // A directive starts its line (after a list bullet or comment mark): notes that mention one in
    // a sentence (`never add phiguard-disable -- it hides leaks`) suppress nothing.
    const start = DIRECTIVE_START.exec(line);
    if (!start) continue;
    const rest = line.slice(start[0].length);
    const sep = rest.indexOf('--');
    const reason = sep < 0 ? '' : rest.slice(sep + 2).trim();
    const rules = (sep < 0 ? rest : rest.slice(0, sep))
      .split(',')
      .map((r) => r.trim().replace(/^phiguard\//u, ''))
      .filter(Boolean);
    out.push({ rules: rules.length ? rules : undefined, reason });
  }
  return out;
}

/**
 * A `phiguard-disable` line that does nothing says so: no reason, a rule that does not exist, or
 * (as ESLint's unused `eslint-disable` directives) no finding of its rules on the tag, where it
 * would hide the next one unseen. Lines whose rules are all off are left alone. `findings`: the
 * tag's findings of rules that are not off; undefined when they may be incomplete (not judged).
 */
function checkDirectives(a: Analysis, tag: Tag, findings: readonly Raw[] | undefined, ruleLevels: Record<RuleId, Level>): void {
  if (!tag.notes) return;
  const ref: GtmRef = { kind: 'tag', id: tag.id, name: tag.name };
  for (const { rules, reason } of parseDirectives(tag)) {
    const unknown = (rules ?? []).filter((r) => !isRuleId(r));
    const named = rules ? `phiguard-disable ${rules.join(', ')}` : 'phiguard-disable';
    if (!reason) {
      a.notice(`Tag "${tag.name}": a phiguard-disable line without a reason does nothing; write the reason after "--".`, [...tag.path, 'notes'], ref);
    } else if (unknown.length) {
      a.notice(
        `Tag "${tag.name}": phiguard-disable names ${unknown.map((r) => `"${r}"`).join(', ')}, which is no rule (rules: ${RULE_IDS.join(', ')}; separate several with commas); it does not suppress that.`,
        [...tag.path, 'notes'],
        ref,
      );
    } else if (findings && !allOff(rules, ruleLevels) && !findings.some((f) => covers(rules, f.ruleId))) {
      a.notice(
        `Tag "${tag.name}": "${named}" suppresses nothing (${rules ? `no ${rules.join(' or ')} finding` : 'no finding'} on this tag); remove it, so that it cannot hide a later finding.`,
        [...tag.path, 'notes'],
        ref,
      );
    }
  }
}

type IgnoreEntry = NonNullable<GtmConfig['ignore']>[number];

/** Whether the rules a suppression names cover a finding of `ruleId`; none named: every finding. */
export const covers = (rules: readonly string[] | undefined, ruleId: RuleId | null): boolean => !rules || (ruleId !== null && rules.includes(ruleId));

/** The rules a config `ignore` entry names; `undefined`: all of them. */
export const entryRules = (entry: IgnoreEntry): readonly RuleId[] | undefined =>
  entry.rule === undefined ? undefined : Array.isArray(entry.rule) ? entry.rule : [entry.rule as RuleId];

/** Whether a config `ignore` entry names this tag (by name or id). */
export const namesTag = (entry: IgnoreEntry, tag: { id: string; name: string }): boolean => entry.tag === tag.name || entry.tag === tag.id;

/** Every rule a suppression names (none named: every rule) is off, so whether it is used is not judged. */
export const allOff = (rules: readonly string[] | undefined, ruleLevels: Record<RuleId, Level>): boolean =>
  (rules ?? RULE_IDS).every((r) => ruleLevels[r as RuleId] === 'off');

function suppressionsFor(raw: Raw, config: GtmConfig): Suppression[] {
  const out: Suppression[] = [];
  const tag = raw.tag;
  if (!tag) return out;
  if (tag.notes) {
    for (const { rules, reason } of directives(tag)) {
      if (covers(rules, raw.ruleId)) out.push({ kind: 'directive', justification: reason });
    }
  }
  for (const entry of config.ignore ?? []) {
    if (namesTag(entry, tag) && covers(entryRules(entry), raw.ruleId)) out.push({ kind: 'external', justification: entry.reason });
  }
  return out;
}

export function levels(config: GtmConfig): Record<RuleId, Level> {
  const out = Object.fromEntries(RULE_IDS.map((id) => [id, 'error' as Level])) as Record<RuleId, Level>;
  for (const [id, value] of Object.entries(config.rules ?? {})) {
    const level = parseLevel(value);
    if (level && id in out) out[id as RuleId] = level;
  }
  return out;
}

// ─────────────────────────── entry point ───────────────────────────

/** How many other tags' names a collapsed finding lists before it counts the rest. */
const SHARED_NAMES = 3;

/**
 * One finding for a field several tags read (a shared settings variable's row): the same rule,
 * level, text and place for each tag would be one fix reported many times. The first tag keeps it,
 * naming the others (`sharedWith`).
 */
function collapseShared(messages: GtmMessage[]): void {
  const first = new Map<string, GtmMessage>();
  let kept = 0;
  for (const m of messages) {
    const key = `${m.ruleId}|${m.severity}|${m.line}:${m.column}-${m.endLine}:${m.endColumn}|${m.message}`;
    const held = m.gtm.kind === 'tag' ? first.get(key) : undefined;
    if (held && held.gtm.id !== m.gtm.id) {
      (held.sharedWith ??= []).push(m.gtm);
      continue;
    }
    if (!held && m.gtm.kind === 'tag') first.set(key, m);
    messages[kept++] = m;
  }
  messages.length = kept;
  for (const m of first.values()) {
    if (!m.sharedWith) continue;
    const names = m.sharedWith.slice(0, SHARED_NAMES).map((t) => `"${t.name}"`);
    const more = m.sharedWith.length - names.length;
    const list = more > 0 ? `${names.join(', ')} and ${more} more` : names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
    m.message += m.sharedWith.length === 1 ? ` The same holds for tag ${list}, which reads this field.` : ` The same holds for ${m.sharedWith.length} other tags, which read this field: ${list}.`;
  }
}

/** A container for apps or AMP pages (`IOS_SDK_5`, `ANDROID`, `AMP`), said in words; undefined for web and server containers. */
function otherKind(usageContext: readonly string[]): string | undefined {
  if (usageContext.length === 0 || usageContext.some((u) => u === 'WEB' || u === 'SERVER')) return undefined;
  const ios = usageContext.some((u) => u.startsWith('IOS'));
  const android = usageContext.some((u) => u.startsWith('ANDROID'));
  if (ios || android) return `an ${ios && android ? 'Android and iOS' : ios ? 'iOS' : 'Android'} app container`;
  return usageContext.includes('AMP') ? 'an AMP container' : `a container for ${usageContext.join(', ')}`;
}

/**
 * Analyses the text of a GTM container export. Throws `GtmInputError` when the text is not valid
 * JSON or not a container export (with line, column and, for shape errors, the JSON path); any
 * other problem (a tag that cannot be fully read, a dangling reference) is part of the report.
 * The container's code is parsed, never executed, and nothing is fetched.
 */
export function analyzeContainer(text: string, options: AnalyzeContainerOptions = {}): GtmResult {
  const config = options.config ?? {};
  const { value, locator } = loadJson(text);
  const container = buildContainer(value, locator);
  const settings = options.settings ?? resolveSettings(config);
  const a = new Analysis(container, locator, settings);
  const other = otherKind(container.usageContext);
  if (other) {
    a.notice(
      `This is ${other} (usageContext ${container.usageContext.join(', ')}). phiguard is built for web and server containers: its tags were read as a web container's, so what the report says about page URLs, consent settings and built-in triggers may not apply to it.`,
      [...container.versionPath, 'container', 'usageContext'],
    );
  }
  const tagSummaries: GtmTagSummary[] = [];
  const now = options.now ?? Date.now();
  // A tag whose schedule has ended no longer fires, as a paused one does not: both are reported one level lower.
  const ended = new Map(container.tags.filter((t) => t.scheduleEndMs !== undefined && t.scheduleEndMs <= now).map((t) => [t, new Date(t.scheduleEndMs!).toISOString().slice(0, 10)]));
  // The first tag on a sequence's way that GTM no longer fires (paused, or past its schedule): none of it fires then.
  const stoppedBy = (s: Firing): Tag | undefined => s.path.find((t) => t.paused || ended.has(t));

  // Tag sequencing: tag name → the tags that fire it as their setup or cleanup tag.
  const parents = new Map<string, Array<{ tag: Tag; role: Firing['role'] }>>();
  for (const main of container.tags) {
    for (const [names, role] of [[main.setupTagNames, 'setup'], [main.teardownTagNames, 'cleanup']] as const) {
      for (const name of names) parents.set(name, [...(parents.get(name) ?? []), { tag: main, role }]);
    }
  }
  // A tag that fires only as the setup or cleanup tag of tags that never fire (paused, or past their schedule) does not fire either.
  const dormant = new Set<Tag>();
  for (const tag of container.tags) {
    const triggers = firingTriggers(container, tag);
    const sequences = parents.size ? sequencesOf(container, tag, parents) : [];
    // Fired only through tags that are paused or past their schedule (a grandparent too): it fires no more.
    const live = sequences.filter((s) => s.triggers.length > 0);
    if (!triggers.length && live.length && live.every((s) => stoppedBy(s) !== undefined)) dormant.add(tag);
    const ctx: TagContext = {
      tag,
      triggers,
      blocking: blockingTriggers(container, tag),
      groups: groupMembers(container, tag),
      sequences,
      eventNames: [...triggers, ...sequences.flatMap((s) => s.triggers)].flatMap((t) => a.eventNamesOf(t)),
      vendors: new Map(),
      macros: (name) => a.macroInfo(ctx, name),
      ref: { kind: 'tag', id: tag.id, name: tag.name },
    };
    const before = a.findings.length;
    try {
      if (tag.type === 'html') checkHtml(a, ctx);
      else if (tag.type === 'img') checkImage(a, ctx);
      else if (tag.type === 'http_request') checkHttpRequest(a, ctx);
      else if (tag.type.startsWith('cvt_')) checkTemplateTag(a, ctx);
      else checkBuiltInTag(a, ctx);
      checkVariableCode(a, ctx);
      const ads = [...ctx.vendors.values()].filter((v) => v.kind === 'ads' && !settings.allowVendors.has(v.id));
      if (ads.length) {
        ctx.ref.vendor = ads[0]!.id;
        checkPageTriggers(a, ctx, ads);
        if (!container.isServer) checkConsent(a, ctx, ads);
      } else if (tag.consent?.problems.length) {
        // No rule checks a tag that is not an ad tag, but settings GTM does not write (a hand-edited export) may be ignored.
        a.notice(`Tag "${tag.name}" has consentSettings GTM does not write (${tag.consent.problems.join('; ')}); GTM may ignore them.`, tag.consent.path, ctx.ref);
      }
    } catch (error) {
      a.findings.length = before;
      a.push(ctx, null, 'internal', `Tag "${tag.name}" could not be analysed: ${(error as Error).message}. Check this tag by hand.`, { path: tag.path }, {});
      a.partlyRead.add(tag);
    }
    if (!ctx.ref.vendor) ctx.ref.vendor = ctx.vendors.keys().next().value;
    tagSummaries.push({
      id: tag.id,
      name: tag.name,
      type: tag.type,
      vendors: [...ctx.vendors.keys()],
      // A paused parent, or one whose schedule ended, runs its setup and cleanup tags no more: said so.
      triggers: [
        ...firingTriggerLabels(container, tag),
        ...sequences.flatMap((s) => {
          const stopped = stoppedBy(s);
          const whose = stopped && stopped !== s.tag ? ` "${stopped.name}"` : '';
          const state = !stopped ? '' : stopped.paused ? `,${whose} paused` : `,${whose} schedule ended ${ended.get(stopped)}`;
          return s.triggers.map((t) => `${t.name} (as ${s.role} tag of "${s.tag.name}"${state})`);
        }),
      ],
      blockingTriggers: ctx.blocking.map((t) => t.name),
      paused: tag.paused,
      ...(ended.has(tag) ? { scheduleEnded: ended.get(tag) } : {}),
      ...(a.partlyRead.has(tag) ? { incomplete: true as const } : {}),
    });
  }
  reportDangling(a);
  const ruleLevels = levels(config);
  const liveByTag = new Map<Tag, Raw[]>();
  for (const raw of a.findings) {
    if (!raw.tag || (raw.ruleId && ruleLevels[raw.ruleId] === 'off')) continue;
    const list = liveByTag.get(raw.tag);
    if (list) list.push(raw);
    else liveByTag.set(raw.tag, [raw]);
  }
  for (const tag of container.tags) checkDirectives(a, tag, a.partlyRead.has(tag) ? undefined : (liveByTag.get(tag) ?? []), ruleLevels);
  /** A note on a variable, at the field at fault. */
  const variableNotice = (variable: Variable, field: string, says: string): void => {
    const at = param(variable.params, field);
    a.notice(
      `${VARIABLE_LABELS[variable.type] ?? 'Variable'} "${variable.name}" ${says}`,
      at ? (at.value !== undefined ? a.valuePath(variable, at) : paramPath(variable, at)) : variable.path,
      { kind: 'variable', id: variable.id, name: variable.name },
    );
  };
  for (const { variable, reason, field } of a.resolver.unreadable) variableNotice(variable, field, `could not be fully read (${reason}); the values it returns are unknown to phiguard. Check it by hand.`);
  for (const { variable, count, field } of a.resolver.partlyRead) variableNotice(variable, field, `can return ${count} values; phiguard reads the first ${MAX_VALUES}. Check the others by hand.`);

  const messages: GtmMessage[] = [];
  const suppressedMessages: GtmMessage[] = [];
  const noticeAt = a.noticeOffsets.filter((o): o is number => o !== undefined);
  const positions = locator.lineColumns([...a.findings.flatMap((raw) => [raw.start, Math.max(raw.end, raw.start)]), ...noticeAt]);
  let next = 2 * a.findings.length;
  a.notices.forEach((n, i) => {
    if (a.noticeOffsets[i] === undefined) return;
    const { line, column } = positions[next++]!;
    n.line = line;
    n.column = column;
  });
  for (const [i, raw] of a.findings.entries()) {
    const level = raw.ruleId ? ruleLevels[raw.ruleId] : 'warn';
    if (level === 'off') continue;
    const paused = raw.tag?.paused ?? false;
    const scheduleEnded = raw.tag && ended.get(raw.tag);
    const severity: 1 | 2 = level === 'error' && raw.confidence === 'high' && !paused && !scheduleEnded && !(raw.tag && dormant.has(raw.tag)) ? 2 : 1;
    const s = positions[2 * i]!;
    const e = positions[2 * i + 1]!;
    const message: GtmMessage = {
      ruleId: raw.ruleId,
      severity,
      message: raw.message,
      ...(raw.messageId ? { messageId: raw.messageId } : {}),
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column,
      gtm: raw.ref,
      jsonPath: formatPath(raw.path),
      ...(raw.evidence ? { evidence: raw.evidence } : {}),
      ...(raw.via ? { via: raw.via } : {}),
      confidence: raw.confidence,
      ...(paused ? { paused } : {}),
      ...(scheduleEnded ? { scheduleEnded } : {}),
    };
    const suppressions = suppressionsFor(raw, config);
    if (suppressions.length) suppressedMessages.push({ ...message, suppressions });
    else messages.push(message);
  }
  const order = (x: GtmMessage, y: GtmMessage) => x.line - y.line || x.column - y.column || (x.ruleId ?? '').localeCompare(y.ruleId ?? '');
  collapseShared(messages);
  messages.sort(order);
  suppressedMessages.sort(order);

  return {
    filePath: options.filePath ?? '<text>',
    messages,
    suppressedMessages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    notices: a.notices,
    container: {
      publicId: container.publicId,
      name: container.name,
      usageContext: container.usageContext,
      counts: {
        tags: container.tags.length,
        triggers: container.triggers.length,
        variables: container.variables.length,
        templates: container.templates.length,
        clients: container.clients.length,
      },
    },
    tags: tagSummaries,
  };
}
