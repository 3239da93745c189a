import { identityField, normalizeKey, VENDORS, type IdentityField, type VendorId, type VendorSpec } from '@phiguard/core';
import { GENERIC_TEMPLATE, TEMPLATE_SPECS, type Gate, type IdentitySpec, type TableSpec, type TemplateSpec } from './data/templates.js';
import type { CustomTemplate } from './model/types.js';
import { matchVendorUrl } from './urls.js';

/** What a custom template is, read from its `templateData` (never executed). */
export interface TemplateInfo {
  template: CustomTemplate;
  /** `TAG`, `MACRO` (variable), `CLIENT`. */
  type: string | undefined;
  displayName: string;
  /** The name messages use: the container's own for the template, as GTM's interface shows it (else its display name). */
  shownName: string;
  brand: string | undefined;
  description: string | undefined;
  containerContexts: string[];
  permissions: TemplatePermissions;
  /** The vendor the template sends to, and why we think so. */
  vendor: { id: VendorId; spec: VendorSpec; evidence: string; url?: string } | undefined;
  /**
   * Field knowledge for this template family (data/templates.ts); for another vendor template, the
   * generic spec with the user-data tables it declares.
   */
  spec: TemplateSpec | undefined;
  /** Sections that are not valid JSON (`___INFO___`, `___WEB_PERMISSIONS___`): what was read is partial. */
  unreadable: string[];
  /** The condition the template's form shows a field under (a radio item's, an enabling condition), read on first use. */
  gateOf(key: string): Gate | undefined;
}

export interface TemplatePermissions {
  injectScript: string[];
  /** `send_pixel`, and on servers `send_pixel_from_browser`: URLs the browser loads as a pixel. */
  sendPixel: string[];
  sendHttp: string[];
  /** `access_globals` keys (`ttq.identify`). */
  globals: string[];
  /** `read_data_layer` allows any key. */
  readsAnyDataLayerKey: boolean;
  dataLayerKeys: string[];
  /** The template reads consent state itself (`access_consent`). */
  readsConsent: boolean;
  /** It sets consent state (`access_consent` with write access): a consent banner or consent-mode template. */
  writesConsent: boolean;
}

/** The sandbox's consent-state setters, required by name: `require('setDefaultConsentState')`. */
const SETS_CONSENT = /\brequire\(\s*['"](?:setDefaultConsentState|updateConsentState)['"]\s*\)/u;

/** A global a template calls by name (`callInWindow('uetq.push', 'consent', …)`), with its first argument when quoted. */
const CALL_IN_WINDOW = /callInWindow\(\s*(['"])([\w$.]+)\1\s*(?:,\s*(['"])([^'"\n]*)\3)?/gu;

/** Whether a template's code calls a vendor's global for anything but consent (`ttq.track`, not `fbq('consent', …)` or `ttq.grantConsent`). */
function callsVendorBeyondConsent(code: string): boolean {
  for (const m of code.matchAll(CALL_IN_WINDOW)) {
    const [, , path, , first = ''] = m;
    if (/consent/iu.test(path!) || /consent/iu.test(first)) continue;
    const root = path!.split('.')[0]!;
    if (VENDORS.some((v) => v.id !== 'google-tag' && v.globals?.some((g) => g.name === root))) return true;
  }
  return false;
}

/** Splits a `.tpl` into its `___SECTION___` parts. */
export function templateSections(data: string): Map<string, string> {
  const sections = new Map<string, string>();
  const text = data.charCodeAt(0) === 0xfeff ? data.slice(1) : data;
  // Headers are lines of their own (`___INFO___`); found with `indexOf`, as templates run to 100 KB.
  let name: string | undefined;
  let start = 0;
  for (let at = text.startsWith('___') ? 0 : text.indexOf('\n___'); at !== -1; at = text.indexOf('\n___', at + 1)) {
    const lineStart = text.charCodeAt(at) === 0x0a ? at + 1 : at;
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const m = SECTION_HEADER.exec(text.slice(lineStart, lineEnd));
    if (!m) continue;
    if (name !== undefined) sections.set(name, text.slice(start, lineStart));
    name = m[1];
    start = lineStart + m[0].length;
  }
  if (name !== undefined) sections.set(name, text.slice(start));
  return sections;
}

const SECTION_HEADER = /^___([A-Z_]+)___[ \t]*(?=\r?$)/u;

function parseJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

interface PermValue {
  type?: number;
  string?: string;
  boolean?: boolean;
  listItem?: PermValue[];
  mapKey?: PermValue[];
  mapValue?: PermValue[];
}

// Permission values come from the export as written: any level may be missing, null or of another type.
const items = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const record = (x: unknown): Record<string, unknown> => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : {});

function strings(value: unknown): string[] {
  const v = record(value) as PermValue;
  if (typeof v.string === 'string') return [v.string];
  return items(v.listItem).flatMap(strings);
}

/** The value of `key` in a permission map item (`{ mapKey: [{ string: 'key' }], mapValue: [{ string: 'ttq' }] }`). */
function mapEntry(item: unknown, key: string): PermValue | undefined {
  const { mapKey, mapValue } = record(item);
  const i = items(mapKey).findIndex((k) => record(k).string === key);
  return i >= 0 ? (record(items(mapValue)[i]) as PermValue) : undefined;
}

/** Whether a permissions section has the export's shape: a list of `{ instance: { key: { publicId } } }`. */
function isPermissionList(list: unknown): boolean {
  return Array.isArray(list) && list.every((entry) => typeof record(record(record(entry).instance).key).publicId === 'string');
}

function readPermissions(list: unknown): TemplatePermissions {
  const perms: TemplatePermissions = {
    injectScript: [],
    sendPixel: [],
    sendHttp: [],
    globals: [],
    readsAnyDataLayerKey: false,
    dataLayerKeys: [],
    readsConsent: false,
    writesConsent: false,
  };
  for (const entry of items(list)) {
    const instance = record(record(entry).instance);
    const id = record(instance.key).publicId;
    const params = new Map(items(instance.param).map((p) => [record(p).key, record(p).value as PermValue | undefined]));
    switch (id) {
      case 'inject_script':
        perms.injectScript.push(...strings(params.get('urls')));
        break;
      case 'send_pixel':
      // Server templates: `sendPixelFromBrowser` makes the visitor's browser load the URL (Stape's
      // LinkedIn tag sends px.ads.linkedin.com/collect this way), so it is a pixel as on the web.
      case 'send_pixel_from_browser':
        perms.sendPixel.push(...strings(params.get('urls')));
        break;
      case 'send_http':
        perms.sendHttp.push(...strings(params.get('urls')));
        break;
      case 'access_globals':
        for (const item of items(params.get('keys')?.listItem)) {
          const key = mapEntry(item, 'key')?.string;
          if (typeof key === 'string' && key) perms.globals.push(key);
        }
        break;
      case 'read_data_layer':
        if (params.get('allowedKeys')?.string === 'any') perms.readsAnyDataLayerKey = true;
        perms.dataLayerKeys.push(...strings(params.get('keyPatterns')));
        break;
      case 'access_consent':
        perms.readsConsent = true;
        for (const item of items(params.get('consentTypes')?.listItem)) {
          if (mapEntry(item, 'write')?.boolean === true) perms.writesConsent = true;
        }
        break;
    }
  }
  return perms;
}

const lower = (s: string | undefined) => (s ?? '').toLowerCase();

function findVendor(t: CustomTemplate, info: { displayName: string; brand?: string; description?: string }, perms: TemplatePermissions): TemplateInfo['vendor'] {
  const owner = lower(t.gallery?.owner);
  const repo = `${owner}/${lower(t.gallery?.repository)}`;
  if (t.gallery) {
    for (const v of VENDORS) {
      if (v.gtm?.galleryRepos?.includes(repo)) return { id: v.id, spec: v, evidence: `gallery template ${t.gallery.owner}/${t.gallery.repository}` };
    }
    for (const v of VENDORS) {
      if (v.gtm?.galleryOwners?.includes(owner)) return { id: v.id, spec: v, evidence: `gallery template ${t.gallery.owner}/${t.gallery.repository}` };
    }
  }
  for (const [perm, urls] of [
    ['inject_script', perms.injectScript],
    ['send_pixel', perms.sendPixel],
    ['send_http', perms.sendHttp],
  ] as const) {
    for (const url of urls) {
      const m = matchVendorUrl(url);
      if (m) return { id: m.vendor.id, spec: m.vendor, evidence: `${perm} permission for ${url}`, url };
    }
  }
  // A consent template that passes consent on to vendors' globals (`uetq.push('consent', …)`) is no vendor's tag.
  for (const key of perms.writesConsent ? [] : perms.globals) {
    const root = key.split('.')[0]!;
    for (const v of VENDORS) {
      if (v.id === 'google-tag') continue; // dataLayer/gtag access is what every template does
      if (v.globals?.some((g) => g.name === root)) return { id: v.id, spec: v, evidence: `access_globals permission for ${key}` };
    }
  }
  // Nor is it by its name ("Microsoft UET Consent Mode").
  if (perms.writesConsent) return undefined;
  for (const v of VENDORS) {
    const re = v.gtm?.templateName;
    if (re && (re.test(info.displayName) || (info.brand && re.test(info.brand)))) return { id: v.id, spec: v, evidence: `template name "${info.displayName}"` };
  }
  return undefined;
}

/** The field spec of a template: by its gallery repository, else (imported from a file) by its name or its code. */
function findSpec(t: CustomTemplate, vendor: TemplateInfo['vendor'], info: { displayName: string }, contexts: string[], code: string | undefined): TemplateSpec | undefined {
  const repo = t.gallery ? `${lower(t.gallery.owner)}/${lower(t.gallery.repository)}` : undefined;
  if (repo) {
    const byRepo = TEMPLATE_SPECS.find((s) => s.galleryRepos?.includes(repo));
    if (byRepo) return byRepo;
  }
  const server = contexts.includes('SERVER');
  const fits = (s: TemplateSpec): boolean => (!s.vendor || s.vendor === vendor?.id) && (s.context === undefined || s.context === (server ? 'SERVER' : 'WEB'));
  return TEMPLATE_SPECS.find((s) => s.displayName?.test(info.displayName) && fits(s)) ?? (code ? TEMPLATE_SPECS.find((s) => s.code?.every((re) => re.test(code)) && fits(s)) : undefined);
}

/**
 * A table whose parameter name says it holds user data (`userIds`, `user_data`, `customerInfo`,
 * `identifiers`, `matchKeys`): compared lower case without `_`, `-`, `.`.
 */
const USER_DATA_TABLE = /user|customer|identif|identit|match(?:ing|key)|pii/u;
const NAME_COLUMN = /^(?:name|key|param(?:eter)?(?:name|key)?|property(?:name)?|field(?:name)?|id(?:type)?)$/iu;

interface TemplateParameter {
  type?: string;
  name?: string;
  simpleTableColumns?: Array<{ name?: string }>;
  paramTableColumns?: Array<{ param?: { name?: string } }>;
  subParams?: TemplateParameter[];
  radioItems?: Array<{ value?: unknown; subParams?: TemplateParameter[] }>;
  enablingConditions?: Array<{ paramName?: unknown; paramValue?: unknown; type?: unknown }>;
}

/**
 * Identifier kinds a field name alone is trusted for: `name`, `city` or `region` fields hold other
 * things too, and an ad template's `customerId` or `uid` is the advertiser's account.
 */
const FIELD_IDENTITIES = new Set<IdentityField>(['email', 'phone', 'date of birth', 'IP address', 'device id']);
const EXTERNAL_ID_FIELD = /^(?:sha256)?externalid$/u;

/** A field's one `EQUALS` enabling condition (`email` shown when `advancedMatching` is true), as a gate. */
function enabledBy(p: TemplateParameter, inherited: Gate | undefined): Gate | undefined {
  const conditions = items(p.enablingConditions).map(record);
  if (conditions.length !== 1) return inherited;
  const { paramName, paramValue, type } = conditions[0]!;
  if (type !== 'EQUALS' || typeof paramName !== 'string' || (typeof paramValue !== 'string' && typeof paramValue !== 'boolean')) return inherited;
  return { key: paramName, values: [String(paramValue)], ifMissing: false };
}

/**
 * The text fields a template declares whose name says they hold an identifier (`email`,
 * `phoneNumber`, `email_address`, `external_id`), with the condition that shows them: for a vendor
 * template without a field spec, what such a field holds is sent as that identifier.
 */
function identityFields(parameters: unknown): IdentitySpec[] {
  const out: IdentitySpec[] = [];
  eachField(parameters, (p, own) => {
    const field = typeof p.name === 'string' && (p.type === 'TEXT' || p.type === 'SELECT') ? identityField(p.name) : undefined;
    const trusted = field && (FIELD_IDENTITIES.has(field) || EXTERNAL_ID_FIELD.test(normalizeKey(p.name!)));
    if (field && trusted) out.push({ key: p.name!, field, ...(own ? { when: own } : {}) });
  });
  return out;
}

/**
 * Every field a template declares, with the condition that shows it: its own enabling condition,
 * else its group's, or the radio item it sits under (`eventType` = `Custom`).
 */
function eachField(parameters: unknown, visit: (p: TemplateParameter, gate: Gate | undefined) => void): void {
  const walk = (list: unknown, gate: Gate | undefined): void => {
    for (const raw of items(list)) {
      const p = record(raw) as TemplateParameter;
      const own = enabledBy(p, gate);
      visit(p, own);
      walk(p.subParams, own);
      for (const item of items(p.radioItems).map(record)) {
        const when = typeof p.name === 'string' && typeof item.value === 'string' ? { key: p.name, values: [item.value], ifMissing: false } : own;
        walk(item.subParams, when);
      }
    }
  };
  walk(parameters, undefined);
}

/**
 * The name/value tables a template declares (`___TEMPLATE_PARAMETERS___`) whose name says they hold
 * user data. Their row names are identifier keys (`email`, `phone_number`, `firstName`) for every
 * vendor, whatever the table is called; tables without declared columns are read as `name`/`value`,
 * and a table of two declared columns as its name column and the other.
 */
function userDataTables(parameters: unknown): TableSpec[] {
  const out: TableSpec[] = [];
  const visit = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const p of list as TemplateParameter[]) {
      if (!p || typeof p !== 'object') continue;
      if ((p.type === 'SIMPLE_TABLE' || p.type === 'PARAM_TABLE') && typeof p.name === 'string' && USER_DATA_TABLE.test(normalizeKey(p.name))) {
        const columns = (p.simpleTableColumns?.map((c) => c?.name) ?? p.paramTableColumns?.map((c) => c?.param?.name) ?? []).filter((c): c is string => typeof c === 'string');
        const nameColumn = columns.length ? columns.find((c) => NAME_COLUMN.test(c)) : 'name';
        // The value column by its name (`value`, `val`), else the other of two (`field`/`data`).
        const other = columns.length === 2 && nameColumn ? columns.find((c) => c !== nameColumn) : undefined;
        const valueColumn = columns.length ? (columns.find((c) => c !== nameColumn && /val/iu.test(c)) ?? other) : 'value';
        if (nameColumn && valueColumn) out.push({ key: p.name, nameColumn, valueColumn });
      }
      visit(p.subParams);
    }
  };
  visit(parameters);
  return out;
}

/** The condition that shows each field a template declares, by its name (`customEventName` → `eventType` is `Custom`). */
function fieldGates(parameters: unknown): Map<string, Gate> {
  const out = new Map<string, Gate>();
  eachField(parameters, (p, own) => {
    if (typeof p.name === 'string' && own && !out.has(p.name)) out.set(p.name, own);
  });
  return out;
}

/**
 * For a vendor template without a field spec: `GENERIC_TEMPLATE`, plus the user-data tables the
 * template declares under other names than the generic ones. (The condition its form shows a field
 * under is `TemplateInfo.gateOf`, for every template.)
 */
function genericSpec(displayName: string, parameters: unknown): TemplateSpec {
  const known = new Set([...(GENERIC_TEMPLATE.identityTables ?? []), ...(GENERIC_TEMPLATE.propertyTables ?? [])].map((t) => t.key));
  const extra = userDataTables(parameters).filter((t) => !known.has(t.key));
  const identity = identityFields(parameters);
  return {
    ...GENERIC_TEMPLATE,
    call: `the "${displayName}" template`,
    ...(extra.length ? { identityTables: [...(GENERIC_TEMPLATE.identityTables ?? []), ...extra] } : {}),
    ...(identity.length ? { identity: [...(GENERIC_TEMPLATE.identity ?? []), ...identity] } : {}),
  };
}

/** Reads a custom template. Cached by the caller per template id. */
export function readTemplate(t: CustomTemplate): TemplateInfo {
  const sections = templateSections(t.templateData);
  // The JSON sections, each parsed once; a section that is there but does not parse is unreadable.
  const json = new Map<string, unknown>();
  const unreadable: string[] = [];
  for (const name of ['INFO', 'WEB_PERMISSIONS', 'SERVER_PERMISSIONS']) {
    const section = sections.get(name);
    if (section === undefined || section.trim() === '') continue;
    const value = parseJson(section);
    // Valid JSON of another shape is as unreadable as invalid JSON.
    if (value === undefined || (name === 'INFO' ? typeof value !== 'object' || value === null || Array.isArray(value) : !isPermissionList(value))) unreadable.push(name);
    else json.set(name, value);
  }
  // No sections at all (`templateData` missing or empty): nothing but the name says what the template does.
  if (sections.size === 0) unreadable.push('templateData');
  const infoJson = (json.get('INFO') ?? {}) as {
    type?: string;
    displayName?: string;
    brand?: { displayName?: string };
    description?: string;
    containerContexts?: string[];
  };
  const displayName = typeof infoJson.displayName === 'string' ? infoJson.displayName : t.name;
  const brand = typeof infoJson.brand?.displayName === 'string' ? infoJson.brand.displayName : undefined;
  const description = typeof infoJson.description === 'string' ? infoJson.description : undefined;
  const containerContexts = Array.isArray(infoJson.containerContexts) ? infoJson.containerContexts.map(String) : [];
  if (containerContexts.length === 0 && sections.has('SERVER_PERMISSIONS')) containerContexts.push('SERVER');
  const permissions = readPermissions(sections.has('WEB_PERMISSIONS') ? json.get('WEB_PERMISSIONS') : json.get('SERVER_PERMISSIONS'));
  // A template that sets consent state through the sandbox's API is a consent template, whatever its permission spells out.
  const code = sections.get('SANDBOXED_JS_FOR_SERVER') ?? sections.get('SANDBOXED_JS_FOR_WEB_TEMPLATE');
  if (code !== undefined && SETS_CONSENT.test(code)) permissions.writesConsent = true;
  // One that also calls a vendor for more than consent (`callInWindow('ttq.track', …)`) is that vendor's tag too.
  if (permissions.writesConsent && code !== undefined && callsVendorBeyondConsent(code)) permissions.writesConsent = false;
  const info = { displayName, brand, description };
  const vendor = findVendor(t, info, permissions);
  // A web template's code is `___SANDBOXED_JS_FOR_WEB_TEMPLATE___`, a server template's `___SANDBOXED_JS_FOR_SERVER___`.
  let spec = findSpec(t, vendor, info, containerContexts, code);
  // The form's fields, parsed on first use: a template without a field spec declares its user-data
  // tables there, and every template the conditions that show its fields.
  let parameters: { value: unknown } | undefined;
  const parametersOf = (): unknown => (parameters ??= { value: parseJson(sections.get('TEMPLATE_PARAMETERS')) }).value;
  if (!spec && vendor) {
    const section = sections.get('TEMPLATE_PARAMETERS');
    if (section !== undefined && section.trim() !== '' && !Array.isArray(parametersOf())) unreadable.push('TEMPLATE_PARAMETERS');
    spec = genericSpec(t.name || displayName, parametersOf());
  }
  let gates: Map<string, Gate> | undefined;
  return {
    gateOf: (key) => (gates ??= fieldGates(parametersOf())).get(key),
    template: t,
    type: typeof infoJson.type === 'string' ? infoJson.type : undefined,
    displayName,
    shownName: t.name || displayName,
    brand,
    description,
    containerContexts,
    permissions,
    vendor,
    spec,
    unreadable,
  };
}

/** `cvt_203550764_246` → `246`; `cvt_5TP8W` (gallery id) → `5TP8W`. */
export function templateIdOfType(type: string): string | undefined {
  const m = /^cvt_(?:\d+_)?([A-Za-z0-9]+)$/u.exec(type);
  return m?.[1];
}
