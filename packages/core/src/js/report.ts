import type { Evidence, Finding, SharedRuleId } from '../findings.js';
import type { HealthMatch } from '../health/types.js';
import { classifyValue, describesAnimal, healthField, healthFieldOfPath, quotedTerm, type HealthField } from '../health/index.js';
import { formatMessage, MESSAGES } from '../messages.js';
import type { Settings } from '../settings.js';
import { HOLE, queryKeyName } from '../text/url.js';
import { classifyAddress, classifyPattern, type AddressPart } from '../text/address.js';
import { identityField, linkClickEvent, listColumnField, memberIdentity, normalizeKey, ownedKey, userDataKey, type IdentityField } from '../vendors/identity.js';
import { getVendor } from '../vendors/index.js';
import type { CallShape } from '../vendors/types.js';
import { isParam, lookup, personRecord, texts, within } from './values.js';
import type { Arg, FileFacts, PageGuard, PixelEvidence, Range, TrackerCall, Value } from './types.js';

type Map = (offset: number) => number;
const same: Map = (o) => o;

/** Findings of one rule over a file's facts, embedded snippets included. Pure: options apply here. */
export function findingsFor(facts: FileFacts, ruleId: SharedRuleId, settings: Settings): Finding[] {
  return withoutRepeats(collect(facts, ruleId, settings, same));
}

/**
 * A string read twice gives one finding: a markup beacon in a string constant is read as a URL
 * where the constant is written and, when it is assigned to `innerHTML`, again as markup. Of two
 * findings with the same message, one inside the other, the narrower one stays.
 */
function withoutRepeats(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  // Only findings with the same message can repeat each other: compare within those groups.
  const byMessage = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const group = byMessage.get(f.message);
    if (group) group.push(i);
    else byMessage.set(f.message, [i]);
  });
  if (byMessage.size === findings.length) return findings;
  const covers = (f: Finding, g: Finding) => f.range[0] <= g.range[0] && g.range[1] <= f.range[1];
  return findings.filter((f, i) =>
    !byMessage.get(f.message)!.some((j) => j !== i && covers(f, findings[j]!) && (!covers(findings[j]!, f) || j < i)),
  );
}

/** What each call read, at each slot: shared by a file's fact trees, since a site may repeat a call of code in a string (`origin`). */
type Read = globalThis.Map<TrackerCall, globalThis.Map<string, Set<string>>>;

function collect(facts: FileFacts, ruleId: SharedRuleId, settings: Settings, map: Map, read: Read = new globalThis.Map()): Finding[] {
  const out: Finding[] = [];
  const emit = (f: Omit<Finding, 'ruleId' | 'message' | 'range'> & { range: Range }): void => {
    if (settings.allowVendors.has(f.vendor)) return;
    const template = (MESSAGES[ruleId] as Record<string, string>)[f.messageId]!;
    out.push({ ...f, ruleId, message: formatMessage(template, f.data), range: [map(f.range[0]), map(f.range[1])] });
  };
  if (ruleId === 'no-tracking-pixel') {
    // Presence is judged over the whole file: a base code in a <script> and its <noscript> beacon are one pixel.
    pixelFindings(flatten(facts, same), emit);
    return out;
  }
  // A page's own file (`app/therapy/page.tsx`): its calls, those of its scripts included, run on that page.
  if (ruleId === 'no-health-page-triggers' && facts.route !== undefined) {
    const all = flatten(facts, map);
    const file = facts.layout ? 'the layout of every page under' : facts.pagesBelow ? 'every page under' : 'the page';
    routeFindings([...all.calls, ...(facts.reached ?? [])], all.pixels, facts.route, file, settings, emit);
  }
  const find = ruleId === 'no-advanced-matching' ? identityFindings : ruleId === 'no-health-event-names' ? eventNameFindings : ruleId === 'no-health-page-triggers' ? pageFindings : propertyFindings;
  // Code in strings first, so a site that repeats one of its calls knows what the call read there.
  const inner = facts.embedded.map(({ facts: f, map: innerMap }) => collect(f, ruleId, settings, (o) => map(innerMap(o)), read));
  callFindings(facts.calls, find, settings, emit, read);
  for (const found of inner) out.push(...found);
  return out;
}

type Emit = (f: Omit<Finding, 'ruleId' | 'message' | 'range'> & { range: Range }) => void;

/**
 * Called with each text a rule reads at a slot (`messageId`, parameter `key`, `''` for the event
 * name), for a call site of a local helper (`origin`): `true` when the helper read that very text
 * there, so it is the helper's; or which of the text's health matches the helper's own text
 * accounts for (`` `Therapy intake - ${step}` `` → "Therapy" at the site `trackClick('start')`).
 */
type Seen = (messageId: string, key: string, text: string) => true | ((m: HealthMatch) => boolean) | undefined;
type Find = (call: TrackerCall, settings: Settings, emit: Emit, seen: Seen) => void;

/**
 * Each call's findings. A call site of a local helper (`origin`) repeats none of the helper's own:
 * a value the helper can send by itself (its own lookup table, the literal text of its template)
 * is reported once, inside the helper, and the site for what only it passes in.
 */
function callFindings(calls: readonly TrackerCall[], find: Find, settings: Settings, emit: Emit, read: Read): void {
  // What each call read (`read`): the texts at each slot (for identifiers, each identifier's value).
  for (const call of calls) {
    const own = new globalThis.Map<string, Set<string>>();
    const helper = call.origin ? read.get(call.origin) : undefined;
    const seen: Seen = (messageId, key, text) => {
      const slot = `${messageId}\0${key}`;
      const texts = own.get(slot) ?? new Set<string>();
      own.set(slot, texts);
      texts.add(text);
      const helperTexts = helper?.get(slot);
      if (!helperTexts) return undefined;
      return helperTexts.has(text) || accountedFor(helperTexts, text, settings);
    };
    find(call, settings, emit, seen);
    read.set(call, own);
  }
}

/**
 * The site's matches that a helper's template accounts for: for each helper text with unknown
 * parts (`Therapy intake - ␀`) that the site's text fills in, a match outside the filled-in parts
 * whose term the helper's text matches by itself. A match that needs the site's text (a word it
 * passes, or a weak word that counts only beside it) is the site's.
 */
function accountedFor(helperTexts: ReadonlySet<string>, text: string, settings: Settings): ((m: HealthMatch) => boolean) | undefined {
  const tests: Array<(m: HealthMatch) => boolean> = [];
  for (const template of helperTexts) {
    if (!template.includes(HOLE)) continue;
    const filled = filledSpans(template, text);
    if (!filled) continue;
    const own = settings.classifier.classify(template);
    tests.push((m) => !filled.some(([s, e]) => m.start < e && s < m.end) && own.some((o) => o.term === m.term && o.category === m.category && o.with === m.with));
  }
  return tests.length ? (m) => tests.some((t) => t(m)) : undefined;
}

/** Where `text` fills in the unknown parts of `template` (offsets in `text`), or undefined when it does not fit it. */
function filledSpans(template: string, text: string): Array<[number, number]> | undefined {
  const pieces = template.split(HOLE);
  const first = pieces[0]!;
  const last = pieces.at(-1)!;
  if (!text.startsWith(first) || text.length < first.length + last.length) return undefined;
  const spans: Array<[number, number]> = [];
  let at = first.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const next = text.indexOf(pieces[i]!, at);
    if (next < 0) return undefined;
    spans.push([at, next]);
    at = next + pieces[i]!.length;
  }
  const end = text.length - last.length;
  if (end < at || !text.endsWith(last)) return undefined;
  spans.push([at, end]);
  return spans;
}

// ───────────────────────────── no-tracking-pixel ─────────────────────────────

/** Pixel evidence and calls of a fact tree, with ranges in the outermost text. */
function flatten(facts: FileFacts, map: Map): Pick<FileFacts, 'pixels' | 'calls'> {
  const mapRange = (r: Range): Range => [map(r[0]), map(r[1])];
  const pixels = facts.pixels.map((p) => ({ ...p, range: mapRange(p.range) }));
  const calls = facts.calls.map((c) => ({ ...c, range: mapRange(c.range) }));
  for (const inner of facts.embedded) {
    const sub = flatten(inner.facts, (o) => map(inner.map(o)));
    pixels.push(...sub.pixels);
    calls.push(...sub.calls);
  }
  return { pixels, calls };
}

function pixelFindings(facts: Pick<FileFacts, 'pixels' | 'calls'>, emit: Emit): void {
  // One presence finding per vendor and file (a loader URL split over constants is still one
  // pixel), plus one per wrapper-package import.
  const groups = new globalThis.Map<string, globalThis.Map<unknown, PixelEvidence[]>>();
  for (const e of facts.pixels) {
    if (e.vendor.kind !== 'ads') continue;
    const byRoot = groups.get(e.vendor.id) ?? new globalThis.Map<unknown, PixelEvidence[]>();
    groups.set(e.vendor.id, byRoot);
    const key = e.kind === 'package' ? e : 'code';
    byRoot.set(key, [...(byRoot.get(key) ?? []), e]);
  }
  for (const byRoot of groups.values()) {
    for (const evidences of byRoot.values()) {
      evidences.sort((a, b) => a.range[0] - b.range[0]);
      const first = evidences[0]!;
      const marker = evidences.find((e) => e.kind === 'marker');
      const url = evidences.find((e) => e.kind === 'url');
      const vendor = first.vendor;
      if (first.kind === 'package') {
        emit({ messageId: 'wrapperPackage', data: { vendor: vendor.name, packageName: first.fingerprint }, vendor: vendor.id, range: first.range, evidence: { kind: 'package', packageName: first.fingerprint }, confidence: 'high' });
      } else if (marker) {
        const fingerprint = url ? `${marker.fingerprint}, ${url.fingerprint}` : marker.fingerprint;
        emit({ messageId: 'baseCode', data: { vendor: vendor.name, fingerprint }, vendor: vendor.id, range: first.range, evidence: { kind: 'fingerprint', fingerprint: marker.fingerprint, detail: fingerprint }, confidence: 'high' });
      } else {
        const e = url ?? first;
        emit({ messageId: e.server ? 'serverEndpoint' : 'loaderUrl', data: { vendor: vendor.name, fingerprint: e.fingerprint }, vendor: vendor.id, range: e.range, evidence: { kind: 'fingerprint', fingerprint: e.fingerprint, detail: 'URL' }, confidence: 'high' });
      }
    }
  }
  // An init call next to the vendor's base code is part of that pixel, not a second one; a second
  // init call of the same vendor (another pixel id) is the same presence, reported once. One made
  // by another module's function (`initPixel(user.email)`) is reported in that module.
  const firstInit = new globalThis.Map<string, TrackerCall>();
  for (const call of facts.calls) {
    if (call.shape.kind !== 'init' || call.vendor.kind !== 'ads' || call.origin || call.imported || groups.has(call.vendor.id)) continue;
    const seen = firstInit.get(call.vendor.id);
    if (!seen || call.range[0] < seen.range[0]) firstInit.set(call.vendor.id, call);
  }
  for (const call of firstInit.values()) {
    // `new EventRequest(token, pixelId)`: the Conversions API client of Meta's server SDK.
    const messageId = call.shape.server ? 'serverEndpoint' : 'pixelInit';
    emit({ messageId, data: { vendor: call.vendor.name, fingerprint: call.display }, vendor: call.vendor.id, range: call.range, evidence: { kind: 'fingerprint', fingerprint: call.display, detail: call.shape.server ? 'server client' : 'init call' }, confidence: 'high' });
  }
}

// ───────────────────────────── no-advanced-matching ─────────────────────────────

interface IdentityHit {
  field: IdentityField | 'identity data';
  hashed: boolean | undefined;
  via?: string;
  /** Where the identifier's value is written. */
  range?: Range;
  /** The value is a parameter of the function the call sits in: its call sites supply it. */
  fromParam?: boolean;
  /** The value is read from a person's record or a form (`patient.phone`): never a link's own. */
  person?: boolean;
}

/** Google Ads' enhanced-conversions object (normalised), a global or a data-layer key. */
const ENHANCED_CONVERSION_KEY = 'enhancedconversiondata';

/** Keys that hold a whole identity object in event parameters and data-layer pushes (normalised). */
export const IDENTITY_CONTAINER_KEYS: ReadonlySet<string> = new Set(['userdata', 'user', 'enhancedconversiondata', 'ud', 'pd', 'advancedmatching', 'customerinformation', 'userprovideddata']);
/** In event parameters only unambiguous identifiers count: `name` there is usually a product name. */
export const PARAM_IDENTITY_FIELDS: ReadonlySet<IdentityField> = new Set<IdentityField>(['email', 'phone', 'external id', 'national id', 'date of birth', 'IP address']);
const AMBIGUOUS_PARAM_KEYS = new Set(['uid', 'tel', 'mail', 'db', 'customerid', 'memberid', 'ip']);
/**
 * Name and address keys that say whose they are (`first_name`, `street`, and `patient_name` by its
 * owner word): identifiers in event parameters too. `name`, `city`, `region`, `zip`, `fn` and `ln` stay out: as parameters they are
 * usually a product, a store's city or a function.
 */
const PARAM_PERSON_KEYS = new Set(['firstname', 'lastname', 'fullname', 'sha256firstname', 'sha256lastname', 'street', 'sha256street']);

/**
 * The identifier a key names when it is an event parameter (stricter than `identityField`), if any.
 * `ambiguous`: also the short keys that often mean something else there (`tel`, `uid`, `db`), for
 * telling identifier values apart from descriptive ones rather than for reporting them.
 */
export function paramIdentityField(key: string, { ambiguous = false } = {}): IdentityField | undefined {
  const field = identityField(key);
  if (!field || userDataKey(key)) return field;
  const k = normalizeKey(key);
  if (PARAM_IDENTITY_FIELDS.has(field)) return ambiguous || !AMBIGUOUS_PARAM_KEYS.has(k) ? field : undefined;
  // A name that says whose it is (`patient_name`, `lead_name`) is a person's.
  return PARAM_PERSON_KEYS.has(k) || (field === 'name' && ownedKey(k)) ? field : undefined;
}
/** Template placeholders vendors print in their snippets (`__INSERT_USER_EMAIL__`, `<hashed_email_address>`, Criteo's `##Email Address##`). */
const PLACEHOLDER = /^(?:__[A-Z0-9_]+__|<[^<>]*>|YOUR_[A-Z0-9_]*|%%[^%]*%%|##[^#]*##|\[[A-Za-z0-9_ ]+\]|\{\{[^{}]*\}\}|null|undefined)$/iu;
const HEX_HASH = /^(?:[a-f0-9]{32}|[a-f0-9]{40}|[a-f0-9]{64})$/iu;


/**
 * In a beacon URL's query, a field of custom data (`cd[name]`, a product name) rather than of an
 * identity container (`ud[fn]`) or of the query itself (`fn=`, the vendor's wire format): it takes
 * the rules of event parameters.
 */
function customDataKey(key: string): boolean {
  const open = key.indexOf('[');
  return open > 0 && key.endsWith(']') && !IDENTITY_CONTAINER_KEYS.has(normalizeKey(key.slice(0, open)));
}

/**
 * How deep the rules read into a value, the same for identifiers, event names and properties: deep
 * enough for Universal Analytics ecommerce (`ecommerce.purchase.actionField.customer.email`,
 * `ecommerce.purchase.products[0].name`).
 */
const MAX_VALUE_DEPTH = 7;

/**
 * Identifiers in a value. `inParams`: event parameters, where only unambiguous identifier keys count;
 * `'query'`: a beacon URL's query, whose keys name fields in brackets (`ud[em]`) and where every
 * identifier key counts but those of custom data (`customDataKey`).
 */
function identityHits(v: Value, inParams: boolean | 'query', depth = 0, containers = IDENTITY_CONTAINER_KEYS): { hits: IdentityHit[]; unknown: boolean; fromParams: boolean } {
  const hits: IdentityHit[] = [];
  let unknown = false;
  let fromParams = false;
  if (depth > MAX_VALUE_DEPTH) return { hits, unknown, fromParams };
  if (v.kind === 'any') {
    for (const o of v.options) {
      const r = identityHits(o, inParams, depth, containers);
      hits.push(...r.hits);
      unknown ||= r.unknown;
      fromParams ||= r.fromParams;
    }
    return { hits, unknown, fromParams };
  }
  if (v.kind === 'arr') {
    for (const item of v.items) hits.push(...identityHits(item, inParams, depth + 1, containers).hits);
    return { hits, unknown, fromParams };
  }
  if (v.kind !== 'obj') return { hits, unknown: v.kind === 'unknown' || v.kind === 'str', fromParams };
  unknown = v.open;
  if (inParams === true) hits.push(...listHits(v));
  // LinkedIn's `userIds: [{ idType: 'SHA256_EMAIL', idValue: hash }]`: the type says what the value is.
  const typed = typedIdHit(v);
  if (typed) return { hits: [...hits, typed], unknown: false, fromParams };
  // Keys of a parameter spread in (`{ ...extra }`) are unknown here: the call sites say what they are.
  fromParams = v.props.some((p) => p.spread && isParam(p.value));
  for (const prop of v.props) {
    // A key written from a name the code computes (`userData[key] = val` in an agency's helper): what it sends is not known.
    if (prop.key === undefined) {
      if (!prop.spread && meaningful(prop.value, 'identity data')) unknown = true;
      continue;
    }
    const name = inParams === 'query' ? queryKeyName(prop.key) : prop.key;
    const key = normalizeKey(name);
    if (containers.has(key) && (prop.value.kind === 'obj' || prop.value.kind === 'unknown' || prop.value.kind === 'any')) {
      const inner = identityHits(prop.value, false, depth + 1);
      hits.push(...inner.hits);
      if (!inner.hits.length && (inner.unknown || inner.fromParams) && meaningful(prop.value, 'identity data')) {
        hits.push({ field: 'identity data', hashed: hashState(prop.value, prop.key), via: describe(prop.value) ?? prop.key, range: prop.value.range, fromParam: isParam(prop.value) || !inner.unknown });
      }
      continue;
    }
    const strict = inParams === 'query' ? customDataKey(prop.key) : inParams;
    const field = strict ? paramIdentityField(name) : identityField(name);
    // GA4's `address: { first_name, last_name, city }`: each key says what it is (a name is not an address).
    if (field === 'address' && prop.value.kind === 'obj') {
      const inner = identityHits(prop.value, false, depth + 1);
      if (inner.hits.length) {
        hits.push(...inner.hits);
        continue;
      }
    }
    if (field) {
      // An event parameter written as a literal (`phone_number: '+37254450188'`, the clinic's own
      // number on a click-to-call event), or read from the page (`{{Click URL}}`), is the same for
      // every visitor: it identifies no one.
      // So is one written into a pixel URL's query under a key of its own (`ct=0:xyz789`, The Trade
      // Desk's category id); under a user-data key (`ud[em]=…` in a page) it is what the server wrote there.
      const sitewide = siteOwn(prop.value) && (inParams === true || (inParams === 'query' && !prop.key.includes('[')));
      if (meaningful(prop.value, field) && !sitewide) {
        hits.push({ field, hashed: hashState(prop.value, prop.key), via: describe(prop.value), range: prop.value.range, fromParam: isParam(prop.value), person: prop.value.kind === 'unknown' && personRecord(prop.value.describe) });
      }
      continue;
    }
    // A GTM variable that holds an identifier (`{{DLV - email}}` reading `user_data.email`) sends it under any key;
    // so does a value read from a member named for one (`form_destination: formData.email`).
    const carried = (prop.value.kind === 'unknown' ? prop.value.macro?.identity : undefined) ?? readIdentity(prop.value);
    if (carried) {
      hits.push({ field: carried, hashed: hashState(prop.value, prop.key), via: describe(prop.value), range: prop.value.range, fromParam: false });
      continue;
    }
    if (prop.value.kind === 'obj' || prop.value.kind === 'arr') hits.push(...identityHits(prop.value, inParams === true, depth + 1, containers).hits);
  }
  return { hits, unknown, fromParams };
}

/** The identifier a run-time value is read from (`formData.email`, `user.phoneNumber`, `form.email.value`), also as one alternative (`formData.email || ''`). */
function readIdentity(v: Value): IdentityField | undefined {
  if (v.kind === 'any') {
    const each = v.options.map(readIdentity);
    const read = each.find((f) => f !== undefined);
    return read && v.options.every((o, i) => each[i] !== undefined || constant(o) || o.kind === 'nullish') ? read : undefined;
  }
  // A value read by a name that says what it holds (`document.querySelector('input[type=email]').value`, `params.get('email')`).
  if (v.kind === 'unknown' && v.holds) return v.holds;
  // The practice's own contact details (`provider.phone`, `clinic.email`) identify no visitor.
  if (v.kind === 'unknown' && practiceOwned(v)) return undefined;
  // A form field's value is named by the field (`form.email.value`).
  const path = v.kind === 'unknown' && !v.macro && v.describe?.includes('.') ? v.describe.split('.') : undefined;
  const member = path && (path.at(-1) === 'value' && path.length > 2 ? path.at(-2) : path.at(-1));
  return member === undefined ? undefined : memberIdentity(member);
}

/** An identifier given with its type: `{ idType: 'SHA256_EMAIL', idValue: hash }` (LinkedIn's Conversions API). */
function typedIdHit(v: Extract<Value, { kind: 'obj' }>): IdentityHit | undefined {
  const type = lookup(v, 'idType');
  const value = lookup(v, 'idValue');
  const name = type && texts(type)[0];
  if (!name || !value || !meaningful(value, 'external id')) return undefined;
  const field: IdentityField = /EMAIL/iu.test(name) ? 'email' : /PHONE/iu.test(name) ? 'phone' : 'external id';
  return { field, hashed: HASHED_NAME.test(name) || hashState(value, 'idValue'), via: name, range: value.range, fromParam: isParam(value) };
}

/**
 * A customer list upload, `{ schema: ['EMAIL_SHA256', 'PHONE'], data: rows }` (Meta's Custom
 * Audiences, Snap's Audience Match): the schema names what each row's columns are.
 */
function listHits(v: Extract<Value, { kind: 'obj' }>): IdentityHit[] {
  const schema = lookup(v, 'schema');
  const data = lookup(v, 'data');
  // Rows written out in the code (`data: [['abc']]`, an example) are the same for everyone: no one's.
  if (!schema || !data || !meaningful(data, 'identity data') || writtenOut(data)) return [];
  const columns = schema.kind === 'arr' ? schema.items.flatMap(texts) : texts(schema);
  const hits: IdentityHit[] = [];
  for (const column of columns) {
    const field = listColumnField(column);
    if (field) hits.push({ field, hashed: HASHED_NAME.test(column) || undefined, via: column, range: data.range, fromParam: isParam(data) });
  }
  return hits;
}

/** An array whose every cell is written out in full in the code (also an empty one). */
const writtenOut = (v: Value): boolean => v.kind === 'arr' && v.items.every((item) => constant(item) || writtenOut(item));

/**
 * The same for every visitor: a literal, a GTM click variable (the page's own link), a number sent
 * from a call link's click handler (the number it dials, marked `telLink`), or alternatives that all are.
 */
function siteOwn(v: Value): boolean {
  // A number or address written as the fallback (`contacts.find(…)?.value || '0881635896'`) says
  // whose it is: a visitor's phone has no default, the clinic's has one.
  if (v.kind === 'any') return v.options.every(siteOwn) || v.options.some(writtenContact);
  // So does a parameter's default (`trackPhoneCall(phoneNumber = '1-800-VET-INSURANCE')`).
  return constant(v) || (v.kind === 'unknown' && (v.macro?.content === true || v.telLink === true || practiceOwned(v) || (v.fallback !== undefined && writtenContact(v.fallback))));
}

/** Words that name the practice, its places or its staff (`clinic`, `provider`, `office`, `settings`), not a visitor. */
const PRACTICE_WORD = /^(?:clinic|provider|doctor|physician|practitioner|dentist|therapist|office|location|practice|hospital|facility|site|company|business|org|organi[sz]ation|store|branch|support|staff|team|settings|config|cent(?:er|re))s?$/iu;
/** Where a name divides into words: `clinicLocation`, `CLINIC_PHONE`. */
const WORD_BREAK = /[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/u;

/**
 * A value read from the practice's own record, not a visitor's: `provider.phone`, `clinicLocation.phone`,
 * `settings.clinicEmail`, an imported `CLINIC_PHONE` (its owner, or its own first word, names the practice);
 * also a parameter so named (`ProviderCard({ provider })`), where a function is reported in its own file:
 * each caller phiguard reads is judged by what it passes.
 */
function practiceOwned(v: Extract<Value, { kind: 'unknown' }>): boolean {
  if (v.macro || !v.describe) return false;
  const path = v.describe.split('.');
  const named = (segment: string) => segment.split(WORD_BREAK).some((w) => PRACTICE_WORD.test(w));
  return path.slice(0, -1).some(named) || PRACTICE_WORD.test(path.at(-1)!.split(WORD_BREAK)[0] ?? '');
}

/** A toll-free number spelled with letters (`1-800-VET-INSURANCE`, `(888) DENTIST`). */
const VANITY_NUMBER = /^(?:\+?1[-\s.]?)?\(?8(?:00|33|44|55|66|77|88)\)?[-\s.]?[A-Z\d][-A-Z\d\s.]{3,20}$/iu;

/** A phone number or an email address written out in the code. */
function writtenContact(v: Value): boolean {
  const text = constantText(v)?.trim();
  if (text === undefined) return false;
  return /^\+?[\d\s().-]{6,20}$/u.test(text) || VANITY_NUMBER.test(text) || /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/iu.test(text);
}

/** A value written out in full in the code: a number, or a string with no run-time part. */
function constant(v: Value): boolean {
  return v.kind === 'num' || (v.kind === 'str' && v.parts.every((p) => typeof p === 'string'));
}

/** A string value's text when it is written out in full. */
function constantText(v: Value): string | undefined {
  return v.kind === 'str' && constant(v) ? (v.parts as string[]).join('') : undefined;
}

/** `true`, or a value that may be true at run time; literal `false`, `''`, `'false'` and `null` are not. */
function mayBeTrue(v: Value): boolean {
  switch (v.kind) {
    case 'nullish':
      return false;
    case 'bool':
      return v.value !== false;
    case 'str':
      return !v.parts.every((p) => typeof p === 'string') || !['', 'false'].includes((v.parts as string[]).join(''));
    case 'any':
      return v.options.some(mayBeTrue);
    default:
      return true;
  }
}

/** Does this value send something? Empty strings, `null` and template placeholders do not. */
function meaningful(v: Value, field: IdentityHit['field']): boolean {
  switch (v.kind) {
    case 'nullish':
    case 'bool':
      return false;
    // A helper's own value at one of its call sites: reported in the helper's file (`placedAt`).
    case 'unknown':
      return !v.own;
    case 'num':
      return field === 'phone' || field === 'external id';
    case 'any':
      return v.options.some((o) => meaningful(o, field));
    // Meta's user data takes lists (`em: [hash]`): a list sends what its items send.
    case 'arr':
      return v.items.some((o) => meaningful(o, field));
    case 'str': {
      if (v.parts.some((p) => typeof p !== 'string')) return true;
      const s = (v.parts as string[]).join('').trim();
      if (!s || PLACEHOLDER.test(s)) return false;
      if (HEX_HASH.test(s)) return true;
      if (field === 'email') return s.includes('@');
      if (field === 'phone') return (s.match(/\d/gu)?.length ?? 0) >= 7;
      return true;
    }
    default:
      return true;
  }
}

/** A key or column name that says its value is hashed: `sha256_email`, `em_sha256`, `hashed_phone`, `emailHash`, `EMAIL_SHA256`. */
const HASHED_NAME = /sha-?256|hash/iu;

function hashState(v: Value, key: string): boolean | undefined {
  if (HASHED_NAME.test(key)) return true;
  if (v.kind === 'unknown') return v.hashed ? true : undefined;
  if (v.kind === 'str' && v.parts.every((p) => typeof p === 'string')) return HEX_HASH.test((v.parts as string[]).join('')) ? true : false;
  // Meta's Conversions API sends each identifier as a list (`em: [hash]`): judged by its items.
  // A value or nothing (`v ? sha256(v) : undefined`): judged by the values it can send.
  if (v.kind === 'any' || v.kind === 'arr') {
    const sent = (v.kind === 'any' ? v.options : v.items).filter((o) => o.kind !== 'nullish');
    const states = sent.map((o) => hashState(o, key));
    return states.length && states.every((s) => s === true) ? true : states.some((s) => s === undefined) ? undefined : false;
  }
  return undefined;
}

function describe(v: Value): string | undefined {
  if (v.kind === 'unknown') return v.macro?.display;
  // A GTM variable with a known default and a run-time value (`return window.x || ''`): the variable.
  // Or a list of that variable (`em: ['{{ed - em}}']`, as Meta's Conversions API takes identifiers).
  if (v.kind === 'any' || v.kind === 'arr') {
    const names = new Set((v.kind === 'any' ? v.options : v.items).map(describe).filter((d) => d !== undefined));
    return names.size === 1 ? [...names][0] : undefined;
  }
  return undefined;
}

/** Most telling first: the order identifiers are listed in messages. */
const FIELD_ORDER: ReadonlyArray<IdentityHit['field']> = ['email', 'phone', 'external id', 'national id', 'name', 'date of birth', 'address', 'gender', 'IP address', 'device id', 'identity data'];

/** `a`, `a and b`, `a, b and c`. */
export function andList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * How a no-advanced-matching message lists identifiers, for both front-ends: most telling first,
 * each with how it is sent, and fields sent the same way named together
 * (`email and phone ({{User Data}}: collected from the page), external id`).
 */
export function identityData(hits: ReadonlyArray<Pick<IdentityHit, 'field' | 'hashed' | 'via'>>): { fields: string; hashNote: string; evidence: Extract<Evidence, { kind: 'identity' }> } {
  // Each source of a field is named once (`name ({{ED - fn}}, {{ED - ln}})`); a field whose first hit
  // names none is shown bare.
  const sources = new globalThis.Map<string, string[] | undefined>();
  const sorted = [...hits].sort((x, y) => FIELD_ORDER.indexOf(x.field) - FIELD_ORDER.indexOf(y.field));
  for (const h of sorted) {
    if (!sources.has(h.field)) sources.set(h.field, h.via === undefined ? undefined : [h.via]);
    else if (h.via !== undefined && !sources.get(h.field)?.includes(h.via)) sources.get(h.field)?.push(h.via);
  }
  const labels = new globalThis.Map([...sources].map(([field, vias]) => [field, vias?.join(', ')] as const));
  const groups: Array<{ via: string | undefined; fields: string[] }> = [];
  for (const [field, via] of labels) {
    const same = via === undefined ? undefined : groups.find((g) => g.via === via);
    if (same) same.fields.push(field);
    else groups.push({ via, fields: [field] });
  }
  const hashed = hits.every((h) => h.hashed === true) ? 'yes' : hits.every((h) => h.hashed === false) ? 'no' : 'unknown';
  return {
    fields: groups.map((g) => (g.via === undefined ? g.fields[0]! : `${andList(g.fields)} (${g.via})`)).join(', '),
    hashNote: hashed === 'yes' ? ' (hashed)' : '',
    evidence: { kind: 'identity', fields: [...labels.keys()], hashed },
  };
}

/** The range of the first hit written inside `range`. */
const firstWithin = (hits: readonly IdentityHit[], range: Range): Range | undefined => hits.find((h) => h.range && within(h.range, range))?.range;

function identityFindings(call: TrackerCall, _settings: Settings, emit: Emit, seen: Seen): void {
  const { shape } = call;
  // A helper's parameter sent as the phone number of a call link's click event (`trackCall(number) {
  // gtag('event', 'phone_call', { phone_number: number }) }`) is the number the link dials, the site's
  // own, also where no site is in the file; likewise an e-mail address on an e-mail link's click.
  const clicked: string[] = shape.params !== undefined || shape.eventObject ? (['phone', 'email'] as const).filter((field) => eventNamesOf(call).some((name) => linkClickEvent(name, field))) : [];
  const report = (messageId: 'identify' | 'identityInParams', all: IdentityHit[], range: Range, vendor = call.vendor, display = call.display): void => {
    const found = clicked.length && messageId === 'identityInParams' ? all.filter((h) => !(h.fromParam && clicked.includes(h.field) && !h.person)) : all;
    // A helper's parameter (`trackCall(phone) { fbq(…, { phone }) }`) is judged at its call sites, with
    // what each passes; a site names only what the helper does not already report (`client_ip_address`
    // from the site beside the helper's own hashed email).
    // The same identifier is the same value where it is written (`email: window.user.email` in the
    // helper); the site's own (`identify({ email: form.email })`) is another.
    const hits = (call.hasCallSites ? found.filter((h) => !h.fromParam) : found).filter((h) => seen(messageId, h.field, `${h.hashed}|${h.via ?? ''}|${h.range ?? ''}`) !== true);
    if (hits.length === 0) return;
    const { fields, hashNote, evidence } = identityData(hits);
    emit({
      messageId,
      data: { vendor: vendor === call.vendor ? nameOf(call) : vendor.name, fields, call: display, hashNote },
      vendor: vendor.id,
      range,
      evidence,
      confidence: hits.some((h) => h.field === 'identity data') ? 'medium' : 'high',
    });
  };
  const identity = shape.identity !== undefined ? call.args[shape.identity] : undefined;
  if (identity) {
    const v = identity.value;
    const fromParam = v.kind === 'unknown' && v.param !== undefined;
    if (!(fromParam && call.hasCallSites)) {
      const { hits, unknown, fromParams } = identityHits(v, false);
      if (hits.length) report('identify', hits, (shape.fields && firstWithin(hits, identity.range)) || identity.range);
      else if ((unknown || (fromParams && !call.hasCallSites)) && meaningful(v, 'identity data')) report('identify', [{ field: 'identity data', hashed: hashState(v, ''), via: describe(v) ?? 'keys not statically known' }], identity.range);
    }
  }
  const params = shape.params !== undefined ? call.args[shape.params] : undefined;
  if (params) {
    const { hits } = identityHits(params.value, shape.query ? 'query' : true);
    // In a beacon URL the query is all one argument, and arguments that each fill a field
    // (`new CustomData(49, …, { email })`) one object: point at the first identifier in it.
    const first = shape.query || shape.fields ? firstWithin(hits, params.range) : undefined;
    if (hits.length) report('identityInParams', hits, first ?? params.range);
    // A flag (`allow_enhanced_conversions: true`) makes the tag collect identifiers itself: matching, not a parameter.
    // It is a Google Ads setting: on a config known to be Google Analytics' (`G-…`), it sends nothing
    // (GA4 collects user-provided data by a setting of its own, made in its admin, not in the code).
    const id = shape.pixelId !== undefined ? call.args[shape.pixelId]?.value : undefined;
    const ids = id ? texts(id) : [];
    const analyticsOnly = call.vendor.id !== 'google-ads' && ids.length > 0 && ids.every((t) => /^(?:G|GT|UA)-/iu.test(t.trim()));
    for (const flag of analyticsOnly ? [] : (shape.identityFlags ?? [])) {
      const v = params.value.kind === 'obj' ? lookup(params.value, flag) : undefined;
      if (v && mayBeTrue(v)) {
        // Google's automatic enhanced conversions send the e-mail and phone of user_data or of the page's forms.
        const via = `${flag} is on: the tag sends them from user_data or the page's forms`;
        report('identify', [{ field: 'email', hashed: undefined, via }, { field: 'phone', hashed: undefined, via }], params.range);
      }
    }
  }
  const payload = shape.payload !== undefined ? call.args[shape.payload] : undefined;
  if (payload) {
    // Events API bodies: identifiers sit in `user` / `user_data` containers.
    const { hits } = identityHits(payload.value, true, 0, payloadKeys(shape, 'identity', IDENTITY_CONTAINER_KEYS));
    // At the first identifier written in the body (`user_data: { em: [h] }`), not the whole request.
    if (hits.length) report('identify', hits, firstWithin(hits, payload.range) ?? payload.range);
  }
  for (const { arg, obj, eventName } of eventObjects(call)) {
    const rest: Value = { ...obj, props: obj.props.filter((p) => p.key !== shape.eventObject!.eventKey.split('.').at(-1)) };
    if (eventName && shape.eventObject!.identityEvents?.includes(eventName)) {
      // `{ event: 'setEmail', email }`: the command itself says what the other keys are.
      const { hits } = identityHits(rest, false);
      if (hits.length) report('identify', hits, arg.range);
      // Else a value under another key (`{ event: 'setCustomerId', id }`); identity keys were judged
      // above (a placeholder e-mail sends nothing) and `hash_method` is a setting.
      else if (rest.props.some((p) => p.key !== undefined && !identityField(p.key) && p.key !== 'hash_method' && meaningful(p.value, 'external id'))) {
        report('identify', [{ field: 'identity data', hashed: undefined, via: eventName }], arg.range);
      }
    } else {
      // `enhanced_conversion_data` is Google Ads' whoever pushes it: its conversion tag reads the key.
      const ads = rest.props.filter((p) => p.key !== undefined && normalizeKey(p.key) === ENHANCED_CONVERSION_KEY);
      if (ads.length) {
        const { hits } = identityHits({ ...rest, props: ads }, true);
        if (hits.length) report('identify', hits, arg.range, getVendor('google-ads'), `${call.display} → enhanced_conversion_data`);
      }
      const { hits } = identityHits(ads.length ? { ...rest, props: rest.props.filter((p) => !ads.includes(p)) } : rest, true);
      if (hits.length) report('identityInParams', hits, arg.range);
    }
  }
}

/** The event names a call sends, as far as they are written out (`gtag('event', 'phone_call')`, `dataLayer.push({ event: 'call_click' })`). */
function eventNamesOf(call: TrackerCall): string[] {
  const event = call.shape.event !== undefined ? call.args[call.shape.event] : undefined;
  return [...(event ? texts(event.value) : []), ...eventObjects(call).flatMap((e) => (e.eventValue ? texts(e.eventValue) : []))];
}

/** Object arguments of `dataLayer.push({event, …})`-style calls. */
function eventObjects(call: TrackerCall): Array<{ arg: Arg; obj: Extract<Value, { kind: 'obj' }>; eventName?: string; eventValue?: Value }> {
  const spec = call.shape.eventObject;
  if (!spec) return [];
  const args = spec.arg === 'each' ? call.args : [call.args[spec.arg]];
  const out: Array<{ arg: Arg; obj: Extract<Value, { kind: 'obj' }>; eventName?: string; eventValue?: Value }> = [];
  for (const arg of args) {
    if (!arg) continue;
    let obj: Value | undefined = arg.value;
    // `TagManager.dataLayer({ dataLayer: {event} })`: the event key is a path.
    const path = spec.eventKey.split('.');
    for (const segment of path.slice(0, -1)) obj = obj?.kind === 'obj' ? lookup(obj, segment) : undefined;
    if (obj?.kind !== 'obj') continue;
    const eventValue = lookup(obj, path.at(-1)!);
    const eventName = eventValue?.kind === 'str' && eventValue.parts.every((p) => typeof p === 'string') ? (eventValue.parts as string[]).join('') : undefined;
    out.push({ arg, obj, eventName, eventValue });
  }
  return out;
}

// ───────────────────────────── health names and properties ─────────────────────────────

const CATEGORY_LABEL: Record<string, string> = { hiv_sti: 'HIV/STI', care_context: 'care context' };
/** A lexicon category as it reads in messages (`mental_health` → `mental health`). */
export const categoryLabel = (c: string): string => CATEGORY_LABEL[c] ?? c.replace(/_/gu, ' ');

/**
 * The value's most telling health text (lowest tier), leaving out texts `skip` says are the helper's.
 * `key`: the parameter the value is sent as, read as context (`classifyValue`), as is `animal`.
 */
function classify(v: Value, settings: Settings, key?: string, known?: (text: string) => ReturnType<Seen>, animal = false): { text: string; match: HealthMatch; others: string[] } | undefined {
  const hits: Array<{ text: string; match: HealthMatch }> = [];
  for (const text of texts(v)) {
    const accounted = known?.(text);
    if (accounted === true) continue;
    const match = classifyValue(settings.classifier, text, key, accounted && ((m) => !accounted(m)), animal);
    if (match) hits.push({ text, match });
  }
  return mostSensitive(hits);
}

/**
 * The most sensitive of a value's health hits (lowest tier; the first on a tie), with the other
 * texts it can take, most sensitive first (a lookup with several): both front-ends name them.
 */
export function mostSensitive<T extends { text: string; match: HealthMatch }>(hits: readonly T[]): (T & { others: string[] }) | undefined {
  let best: T | undefined;
  const others = new Map<string, number>();
  for (const hit of hits) {
    if (!best || hit.match.tier < best.match.tier) {
      if (best) others.set(best.text, best.match.tier);
      best = hit;
    } else if (!others.has(hit.text)) others.set(hit.text, hit.match.tier);
  }
  if (!best) return undefined;
  others.delete(best.text);
  // `sort` is stable: equal tiers keep the source order.
  return { ...best, others: [...others.keys()].sort((a, b) => others.get(a)! - others.get(b)!) };
}

/** `; it can also send "A", "B"`: up to three other health values a field can take, for messages. */
export function alsoSends(others: Iterable<string>): string {
  const all = [...others];
  if (all.length === 0) return '';
  const shown = all.slice(0, 3).map((t) => `"${shownText(t)}"`);
  const more = all.length > 3 ? ` and ${all.length - 3} more` : '';
  return `; it can also send ${shown.join(', ')}${more}`;
}

/** A matched value as it reads in messages: unknown parts as `…`, at most 80 characters. */
export const shownText = (text: string): string => {
  const t = text.replaceAll(HOLE, '…');
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
};

/** Whom a call's messages name: its vendor, or what the call hands data to (`dataLayer.push`: the data layer). */
const nameOf = (call: TrackerCall): string => call.shape.label ?? call.vendor.name;

/** The fields a health message fills in, and the finding's evidence: for both front-ends. */
export function healthData(vendor: string, hit: { text: string; match: HealthMatch; others?: Iterable<string> }): { data: Record<string, string>; evidence: Evidence } {
  const { match } = hit;
  return {
    data: { vendor, text: shownText(hit.text), term: quotedTerm(match), category: categoryLabel(match.category), tier: String(match.tier), also: alsoSends(hit.others ?? []) },
    // Unknown parts read as `…` in the evidence too, not as the internal hole mark (tools print it).
    evidence: { kind: 'health', text: hit.text.replaceAll(HOLE, '…'), term: match.term, category: match.category, tier: match.tier },
  };
}

/** The one alternative of `v` that spells `text`, where it lies in `range`: a site's value beside a fallback (`opts.name ?? 'Lead'`). */
function narrowTo(v: Value, text: string, range: Range): Range {
  if (v.kind !== 'any') return range;
  const options = v.options.filter((o) => texts(o).includes(text));
  return options.length === 1 && within(options[0]!.range, range) ? narrowTo(options[0]!, text, options[0]!.range) : range;
}

function eventNameFindings(call: TrackerCall, settings: Settings, emit: Emit, seen: Seen): void {
  const report = (v: Value, range: Range): void => {
    const hit = classify(v, settings, undefined, (text) => seen('healthEventName', '', text));
    if (!hit) return;
    const { data, evidence } = healthData(nameOf(call), hit);
    emit({ messageId: 'healthEventName', data, vendor: call.vendor.id, range: narrowTo(v, hit.text, range), evidence, confidence: hit.match.tier === 3 ? 'medium' : 'high' });
  };
  const { shape } = call;
  const event = shape.event !== undefined ? call.args[shape.event] : undefined;
  if (event) report(event.value, event.range);
  const params = shape.params !== undefined ? call.args[shape.params] : undefined;
  for (const key of shape.eventNameKeys ?? []) {
    const v = params?.value.kind === 'obj' ? lookup(params.value, key) : undefined;
    if (v && params) report(v, within(v.range, params.range) ? v.range : params.range);
  }
  for (const { arg, eventValue } of eventObjects(call)) {
    if (eventValue) report(eventValue, within(eventValue.range, arg.range) ? eventValue.range : arg.range);
  }
  const payload = shape.payload !== undefined ? call.args[shape.payload] : undefined;
  if (payload) {
    for (const v of valuesUnder(payload.value, payloadKeys(shape, 'events', PAYLOAD_EVENT_KEYS))) report(v, within(v.range, payload.range) ? v.range : payload.range);
  }
}

/** Text that reads as code: a call with a text argument, a block, a statement's end, an arrow. */
const CODE_LIKE = /[\w$]\s*\(\s*['"`]|[{};]|=>/u;

/** What a page guard names: a table's page key that names a health term, and its values, each with the health term it names. */
function guardTerms(guard: PageGuard, settings: Settings) {
  const classifyAt = (text: string, pattern: boolean, part: AddressPart) => (pattern ? classifyPattern(text, settings.classifier, part) : classifyAddress(text, part, settings.classifier));
  // A value of the visit is read with its name in front, as an event parameter is (`zodiacSign === 'Cancer'` names no condition).
  // Code compared as text (`snippet === "fbq('trackCustom', 'Dialysis Booked')"`) is no value of a visit.
  const classifyVisit = (text: string, pattern: boolean, key: string) => (CODE_LIKE.test(text) ? undefined : pattern ? classifyPattern(text, settings.classifier) : classifyValue(settings.classifier, text, key));
  // A table's output: a page key that gives it names the pages first (`/therapy/online` → `Care`), else the output itself.
  const viaKey = guard.via?.keys.map((key) => ({ key, match: classifyAt(key, guard.via!.pattern, guard.part) })).find((k) => k.match);
  const { visit } = guard;
  const values = guard.values.map((value) => ({ value, match: visit ? classifyVisit(value, guard.pattern, visit.key) : classifyAt(value, guard.pattern, guard.via ? 'path' : guard.part) }));
  const shown = viaKey ? values[0] : values.find((v) => v.match);
  return { viaKey, values, shown, match: viaKey?.match ?? shown?.match };
}

/**
 * An ad call that runs only where the page address passes a test naming a health term, reported at
 * the text the test compares with: once per vendor (`withoutRepeats`), however many calls it guards.
 */
function pageFindings(call: TrackerCall, settings: Settings, emit: Emit): void {
  // A named list (`HEALTH_PAGES.some(…)`) gives one guard per item, all at its name: one finding there.
  const reported = new Set<number>();
  for (const guard of call.pages ?? []) {
    if (reported.has(guard.range[0])) continue;
    const { viaKey, values, shown, match } = guardTerms(guard, settings);
    const { visit } = guard;
    if (!shown || !match) continue;
    const { data, evidence } = healthData(nameOf(call), { text: viaKey?.key ?? shown.value, match });
    data.subject = guard.subject;
    data.operator = guard.operator;
    data.value = shownText(shown.value);
    if (viaKey) data.key = shownText(viaKey.key);
    // The pages the test selects that name a health term (a table's output selects its rows' pages, not read here).
    const page = guard.via ? undefined : { subject: guard.subject, operator: guard.operator, values: values.filter((v) => v.match).map((v) => v.value), pattern: guard.pattern };
    emit({ messageId: visit ? 'healthValueCode' : viaKey ? 'healthPageCodeTable' : 'healthPageCode', data, vendor: call.vendor.id, range: guard.range, evidence, confidence: match.tier === 3 ? 'medium' : 'high', ...(page ? { page } : {}) });
    reported.add(guard.range[0]);
  }
}

const HIT_KINDS: ReadonlySet<CallShape['kind']> = new Set(['event', 'page', 'init', 'identify']);
/** Whether a call sends the vendor a hit: not consent, settings (`fbq('set', 'autoConfig', …)`) or other commands (`dataProcessingOptions`). */
export const sendsHit = (call: TrackerCall): boolean => HIT_KINDS.has(call.shape.kind);

/**
 * A page file whose route names a health term (`app/psychiatry/page.tsx`): each ad vendor its code
 * calls, once, at its first call that sends a hit (as page tests are, analytics and tag managers are
 * not reported). A call that only runs behind a page test is the test's to report.
 */
function routeFindings(calls: readonly TrackerCall[], pixels: readonly PixelEvidence[], route: string, file: string, settings: Settings, emit: Emit): void {
  const match = classifyAddress(route, 'path', settings.classifier);
  if (!match) return;
  // A call behind a test that names a health term is the test's to report; behind any other test (a consent
  // check, `localStorage.getItem('consent') === 'granted'`) it still runs on this page.
  // A request from the server (a Conversions API call in a loader or an action) sends no page URL of its own.
  const sends = calls
    .filter((call) => call.vendor.kind === 'ads' && sendsHit(call))
    .map((call) => ({ vendor: call.vendor, name: nameOf(call), range: call.range, server: call.shape.payload !== undefined || call.shape.server === true, guarded: (call.pages ?? []).some((g) => guardTerms(g, settings).match !== undefined) }));
  // A pixel's script URL or base code the page loads (`<Script src="…/fbevents.js" />`, LinkedIn's
  // snippet) runs there too, unless it loads only behind a page test, whose call the test reports.
  const guarded = new Set(sends.filter((s) => s.guarded).map((s) => s.range[0]));
  const loads = pixels.filter((p) => p.vendor.kind === 'ads' && (p.kind === 'url' || p.kind === 'marker') && !p.server && !guarded.has(p.range[0]));
  // At a vendor's first call; where the file writes none, at the pixel it loads.
  const byStart = (a: { range: Range }, b: { range: Range }) => a.range[0] - b.range[0];
  const signs = [...sends.filter((s) => !s.guarded), ...loads.map((p) => ({ vendor: p.vendor, name: p.vendor.name, range: p.range, server: false })).sort(byStart)];
  const seen = new Set<string>();
  for (const sign of signs) {
    if (seen.has(sign.vendor.id)) continue;
    seen.add(sign.vendor.id);
    const { data, evidence } = healthData(sign.name, { text: route, match });
    data.route = route;
    data.file = file;
    const one = file === 'the page';
    data.pages = one ? 'a health page' : 'health pages';
    data.visited = one ? 'this page' : 'these pages';
    const serverOnly = !signs.some((s) => s.vendor === sign.vendor && !s.server);
    emit({ messageId: serverOnly ? 'healthPageRouteServer' : 'healthPageRoute', data, vendor: sign.vendor.id, range: sign.range, evidence, confidence: match.tier === 3 ? 'medium' : 'high' });
  }
}

/**
 * Keys of server event payloads: TikTok Events API `event`, Meta Conversions API `event_name`;
 * Reddit's `type: { tracking_type: 'CUSTOM', custom_event_name }` names a custom event.
 */
const PAYLOAD_EVENT_KEYS = new Set(['event', 'eventname', 'customeventname']);
/** Reddit sends an event's products and value as `metadata`. */
const PAYLOAD_PROPERTY_KEYS = new Set(['properties', 'customdata', 'contents', 'metadata']);
/** Keys of server event payloads that hold the page address: Meta's, Pinterest's and Snap's `event_source_url`, TikTok's `page: { url, referrer }`. */
const PAYLOAD_PAGE_KEYS = new Set(['eventsourceurl', 'referrerurl', 'page']);
const PAYLOAD_READ_KEYS = new Set([...PAYLOAD_PROPERTY_KEYS, ...PAYLOAD_PAGE_KEYS]);

/** The common payload keys of `group`, with an endpoint's own (normalised). */
function payloadKeys(shape: CallShape, group: 'events' | 'properties' | 'identity', common: ReadonlySet<string>): ReadonlySet<string> {
  const own = shape.payloadKeys?.[group];
  return own ? new Set([...common, ...own.map(normalizeKey)]) : common;
}

/** Values of the given (normalised) keys anywhere in a payload (`data[0].event`), with the key as written. */
function entriesUnder(v: Value, keys: ReadonlySet<string>, depth = 0): Array<{ key: string; value: Value }> {
  if (depth > MAX_VALUE_DEPTH) return [];
  if (v.kind === 'arr') return v.items.flatMap((item) => entriesUnder(item, keys, depth + 1));
  if (v.kind === 'any') return v.options.flatMap((o) => entriesUnder(o, keys, depth + 1));
  if (v.kind !== 'obj') return [];
  return v.props.flatMap((p) => (p.key !== undefined && keys.has(normalizeKey(p.key)) ? [{ key: p.key, value: p.value }] : entriesUnder(p.value, keys, depth + 1)));
}

const valuesUnder = (v: Value, keys: ReadonlySet<string>): Value[] => entriesUnder(v, keys).map((e) => e.value);

/** A key that asks a yes-or-no question of the visitor: `has_diabetes`, `isPregnant`, `takes_insulin`, `diagnosed_with_hiv`. */
const ANSWER_KEY = /^(?:is|has|had|have|was|were|takes|taking|uses|using|currently|ever|diagnosed(?:[_-]?with)?|history[_-]?of)(?=[_-]|[A-Z])[_-]?(.+)$/u;
/** Words that make a flag about the site, a plan, the page or a product (`is_diabetic_friendly`, `is_pregnancy_safe`) rather than the visitor. */
const NOT_ABOUT_VISITOR = /coverage|covered|benefit|plan|availab|offered|offers|supported|enabled|visible|shown|loaded|stock|page|section|modal|banner|link|button|feature|location|friendly|safe|suitable|approved|compatible/iu;
const RUN_TIME = 'a value set at run time';
const A_NUMBER = 'a number';
/** Strings that answer yes or no. */
const YES_NO = new Set(['yes', 'no', 'y', 'n', 'true', 'false', 'si', 'sí', 'sim', 'não', 'nao']);

/**
 * An answer about the visitor's health sent under a key that asks the question: `has_diabetes: true`,
 * `is_pregnant: 'yes'`, `takes_insulin: answers.insulin`. The key's subject names the health term;
 * the value says yes or no (a boolean, a 0 or 1, a yes-or-no string, or what the visitor chose at
 * run time), and either one is health information. Other literal text is read as a value, as usual.
 */
export function healthAnswer(key: string, v: Value, settings: Settings, atSites = false): { text: string; match: HealthMatch; shown: string; field?: string } | undefined {
  // `diagnosis: form.dx`: the key says what the visitor entered; a written value is read as usual.
  const field = healthField(key);
  if (field) {
    // Entered or computed at run time (`bmi: kg / m ** 2`), not written in the code; an empty
    // fallback sends nothing (`answers.struggles?.join(', ') || ''`).
    const sent = v.kind === 'any' ? v.options.filter((o) => !(o.kind === 'nullish' || (o.kind === 'str' && o.parts.every((p) => p === '')))) : [v];
    const shown = sent.length === 1 ? answerShown(sent[0]!, atSites) : answerShown(v, atSites);
    if ((shown !== RUN_TIME && shown !== A_NUMBER) || settings.classifier.admits?.(field.label, field.tier) === false) return undefined;
    return { text: key, match: fieldMatch(field, key), shown, field: field.label };
  }
  // `content_name: form.diagnosis`, `{{DLV - intake.diagnosis}}`: read from a member named for a health field, under any key.
  const read = readHealthField(v);
  if (read) {
    if (settings.classifier.admits?.(read.field.label, read.field.tier) === false) return undefined;
    return { text: key, match: fieldMatch(read.field, key), shown: read.via, field: read.field.label };
  }
  const subject = ANSWER_KEY.exec(key)?.[1];
  // A flag about the site or a plan, not the visitor: `has_cancer_coverage`, `is_hiv_test_available`.
  if (subject === undefined || NOT_ABOUT_VISITOR.test(subject)) return undefined;
  const shown = answerShown(v, atSites);
  if (shown === undefined) return undefined;
  const match = classifyValue(settings.classifier, subject);
  return match && match.tier < 3 && match.category !== 'care_context' ? { text: key, match, shown } : undefined;
}

/** A health field, as a match of the classifier on the key that carries it. */
function fieldMatch(field: HealthField, key: string): HealthMatch {
  return { term: field.label, text: key, category: field.category, tier: field.tier, facet: field.category, match: 'token', lang: 'en', start: 0, end: key.length };
}

/**
 * The health field a run-time value is read from (`form.diagnosis`, `answers.medications.join(', ')`,
 * a GTM variable on the data-layer key `intake.diagnosis`), also as one alternative (`form.diagnosis || ''`),
 * with how the value reads in messages.
 */
function readHealthField(v: Value): { field: HealthField; via: string } | undefined {
  if (v.kind === 'any') {
    const each = v.options.map(readHealthField);
    const read = each.find((f) => f !== undefined);
    return read && v.options.every((o, i) => each[i] !== undefined || constant(o) || o.kind === 'nullish') ? read : undefined;
  }
  if (v.kind !== 'unknown') return undefined;
  if (v.macro) return v.macro.healthField && { field: v.macro.healthField, via: v.macro.display };
  // A member path, as `readIdentity` reads one: a bare name is a variable's, not the form's.
  const field = v.describe?.includes('.') ? healthFieldOfPath(v.describe) : undefined;
  return field && { field, via: v.describe! };
}

/**
 * How an answer value reads in a message, or undefined when it is not one. `atSites`: the function's
 * parameters are read at its local call sites; otherwise (an exported function, an event listener)
 * a parameter is what the visitor answered at run time.
 */
function answerShown(v: Value, atSites: boolean, depth = 0): string | undefined {
  switch (v.kind) {
    case 'bool':
      return v.value === undefined ? 'a yes-or-no value' : String(v.value);
    case 'num':
      return A_NUMBER;
    case 'str': {
      const text = v.parts.length === 1 && typeof v.parts[0] === 'string' ? v.parts[0] : undefined;
      return text !== undefined && YES_NO.has(text.trim().toLowerCase()) ? `"${text}"` : undefined;
    }
    case 'unknown':
      // A parameter's value is known at each local call site: the answer is read there.
      return (v.param && atSites) || v.macro?.values ? undefined : RUN_TIME;
    case 'any': {
      const each = depth < 4 ? v.options.map((o) => answerShown(o, atSites, depth + 1)) : [];
      return each.length && each.every((s) => s !== undefined) ? (new Set(each).size === 1 ? each[0] : 'a yes-or-no value') : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Parameters that never carry descriptive text (normalised keys). gtag's `custom_map` maps
 * parameters to the names of reporting dimensions (`{ dimension1: 'therapy_type' }`): names, not data.
 */
export const NON_DESCRIPTIVE_KEYS: ReadonlySet<string> = new Set(['currency', 'sendto', 'eventcallback', 'eventtimeout', 'eventid', 'transactionid', 'orderid', 'pixelcode', 'servercontainerurl', 'sendpageview', 'custommap']);

/** Beacon query keys for the pixel id, protocol version and cache busters (Floodlight's `ord` and `num` too). */
const QUERY_NON_DESCRIPTIVE_KEYS: ReadonlySet<string> = new Set(['id', 'v', 'noscript', 'cb', 'random', 'rnd', 'ord', 'num']);

function propertyFindings(call: TrackerCall, settings: Settings, emit: Emit, seen: Seen): void {
  const { shape } = call;
  const skip = new Set((shape.eventNameKeys ?? []).map(normalizeKey));
  // `near`: the innermost value on the path that is written inside the argument, for values that are not.
  // `animal`: an enclosing record is about an animal (`describesAnimal`).
  const visit = (v: Value, path: string, argRange: Range, depth: number, near = argRange, animal = false): void => {
    if (depth > MAX_VALUE_DEPTH) return;
    if (within(v.range, argRange)) near = v.range;
    if (v.kind === 'obj') {
      animal ||= describesAnimal(v.props.flatMap((p) => (p.key === undefined ? [] : [{ key: p.key, text: constantText(p.value), record: p.value.kind === 'obj' }])));
      for (const prop of v.props) {
        if (prop.key === undefined) continue;
        const name = shape.query ? queryKeyName(prop.key) : prop.key;
        const key = normalizeKey(name);
        if (skip.has(key) || NON_DESCRIPTIVE_KEYS.has(key) || (shape.query && QUERY_NON_DESCRIPTIVE_KEYS.has(key))) continue;
        // Identifier values are `no-advanced-matching`'s (in a beacon query, every identifier key but custom data's).
        if (shape.query && !customDataKey(prop.key) ? identityField(name) : paramIdentityField(name, { ambiguous: true })) continue;
        const keyPath = path ? `${path}.${prop.key}` : prop.key;
        const answer = healthAnswer(name, prop.value, settings, call.hasCallSites);
        if (answer) {
          if (seen('healthProperty', keyPath, answer.text) === true) continue;
          const { data, evidence } = healthData(nameOf(call), answer);
          const messageId = answer.field === undefined ? 'healthAnswer' : 'healthField';
          emit({ messageId, data: { ...data, key: keyPath, answer: answer.shown, field: answer.field ?? '' }, vendor: call.vendor.id, range: within(prop.keyRange, argRange) ? prop.keyRange : near, evidence, confidence: 'high' });
          continue;
        }
        visit(prop.value, keyPath, argRange, depth + 1, near, animal);
      }
      return;
    }
    if (v.kind === 'arr') {
      v.items.forEach((item, i) => visit(item, `${path}[${i}]`, argRange, depth + 1, near, animal));
      return;
    }
    // Alternative objects (a helper with several `return { … }`): each may be sent.
    if (v.kind === 'any' && v.options.some((o) => o.kind === 'obj' || o.kind === 'arr')) {
      for (const option of v.options) if (option.kind === 'obj' || option.kind === 'arr') visit(option, path, argRange, depth + 1, near, animal);
    }
    if (!path) return;
    const hit = classify(v, settings, path, (text) => seen('healthProperty', path, text), animal);
    if (!hit) return;
    const { data, evidence } = healthData(nameOf(call), hit);
    emit({
      messageId: 'healthProperty',
      data: { ...data, key: path },
      vendor: call.vendor.id,
      range: narrowTo(v, hit.text, near),
      evidence,
      confidence: hit.match.tier === 3 ? 'medium' : 'high',
    });
  };
  const params = shape.params !== undefined ? call.args[shape.params] : undefined;
  if (params) visit(params.value, '', params.range, 0);
  const payload = shape.payload !== undefined ? call.args[shape.payload] : undefined;
  // Properties are named by their own keys; the page address by the payload's (`event_source_url`, `page.url`).
  // A list of them keeps its key in the path (`contents[0].content_name`).
  if (payload) for (const { key, value } of entriesUnder(payload.value, payloadKeys(shape, 'properties', PAYLOAD_READ_KEYS))) visit(value, PAYLOAD_PAGE_KEYS.has(normalizeKey(key)) || value.kind === 'arr' ? key : '', payload.range, 0);
  // A flat payload's own keys, but its event name and identifiers, which their rules read.
  if (payload?.value.kind === 'obj' && shape.payloadKeys?.flat) {
    const events = payloadKeys(shape, 'events', PAYLOAD_EVENT_KEYS);
    const own = payload.value.props.filter((p) => p.key === undefined || (!events.has(normalizeKey(p.key)) && identityField(p.key) === undefined));
    visit({ ...payload.value, props: own }, '', payload.range, 0);
  }
  for (const { arg, obj } of eventObjects(call)) {
    const eventKey = shape.eventObject!.eventKey.split('.').at(-1);
    visit({ ...obj, props: obj.props.filter((p) => p.key !== eventKey) }, '', arg.range, 0);
  }
}
