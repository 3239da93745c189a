import { formatPath, GtmInputError } from '../json/load.js';
import type { JsonLocator, JsonPath } from '../json/locator.js';
import { BUILT_IN_SERVER_TRIGGERS, BUILT_IN_TRIGGERS } from '../data/built-ins.js';
import type {
  BuiltInVariable,
  Client,
  Condition,
  ConsentSettings,
  Container,
  CustomTemplate,
  Param,
  Tag,
  Trigger,
  Variable,
  Zone,
} from './types.js';

/** `customEvent` / `CUSTOM_EVENT` / `custom_event` → `CUSTOM_EVENT`. */
export function normalizeEnum(value: string): string {
  // Exports use UPPER_SNAKE already: skip the regex for them (this runs for every parameter).
  if (!/[a-z]/u.test(value)) return value;
  return value.replace(/([a-z0-9])([A-Z])/gu, '$1_$2').toUpperCase();
}

/** UPPER_SNAKE, as exports write enums, or lowerCamel, as the API does. */
const GTM_CASING = /^(?:[A-Z0-9_]+|[a-z][a-zA-Z0-9]*)$/u;
const camel = (upper: string): string => upper.toLowerCase().replace(/_([a-z0-9])/gu, (_, c: string) => c.toUpperCase());

type Json = unknown;
type JsonObject = Record<string, Json>;

/** A schedule's time as exports write it (`"1577836800000"`), or undefined; `0` is the API's "not set". */
const epochMs = (value: Json): number | undefined => {
  const n = typeof value === 'string' && /^\d+$/u.test(value) ? Number(value) : typeof value === 'number' ? value : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

/** A path as a one-line error shows it: a very deep one by its start and end (`tag[0].parameter[0] … list[0].list[0]`). */
function shownPath(path: JsonPath): string {
  if (path.length <= 16) return formatPath(path);
  // The end from a key on, so both parts read as paths.
  let end = path.length - 3;
  while (end > 7 && typeof path[end] !== 'string') end--;
  return `${formatPath(path.slice(0, 7))} … (${end - 7} more) ….${formatPath(path.slice(end))}`;
}

const describe = (value: Json): string =>
  value === undefined ? 'nothing (the field is missing)' : value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;

const MAX_PARAM_DEPTH = 64;

/** Parameter types as exports write them (normalising those is a no-op). */
const UPPER_TYPES = new Set(['TEMPLATE', 'BOOLEAN', 'INTEGER', 'LIST', 'MAP', 'TAG_REFERENCE', 'TRIGGER_REFERENCE']);

/** The lists of a container version, as GTM names them. */
const LISTS = ['tag', 'trigger', 'variable', 'builtInVariable', 'customTemplate', 'client', 'transformation', 'zone', 'folder', 'gtagConfig'] as const;

/** Builds the container model, checking every field it reads. Shape errors name the JSON path. */
class Builder {
  constructor(private readonly locator: JsonLocator) {}

  /** The tag or variable whose parameters are being read, and the parameters among them holding a `{{macro}}`. */
  #owner: { kind: 'tag' | 'variable'; index: number } | undefined;
  readonly #macroOwners: Array<{ kind: 'tag' | 'variable'; index: number }> = [];
  readonly #macroParams: Param[] = [];
  /** Path of the value being checked (segments pushed and popped: no array per parameter). */
  #at: Array<string | number> = [];

  fail(path: JsonPath, expected: string, found: Json): never {
    // The top level itself (an array, a string): not an export at all.
    if (path.length === 0) throw new GtmInputError(`not a GTM container export: expected ${expected} at the top level, found ${describe(found)}`, this.locator.lineColumn(this.locator.locate(path).start));
    this.reject(path, `expected ${expected}, found ${describe(found)}`);
  }

  /** A shape error at a field: its path and position, and why. */
  reject(path: JsonPath, reason: string): never {
    const { line, column } = this.locator.lineColumn(this.locator.locate(path).start);
    const where = formatPath(path);
    throw new GtmInputError(`${shownPath(path)}: ${reason}`, { line, column, path: where });
  }

  object(value: Json, path: JsonPath): JsonObject {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(path, 'an object', value);
    return value as JsonObject;
  }

  /** Missing (or null) arrays mean empty. */
  array(value: Json, path: JsonPath): Json[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.fail(path, 'an array', value);
    return value;
  }

  /** Strings; numbers and booleans are accepted as their text (hand-edited files). */
  string(value: Json, path: JsonPath, required = false): string | undefined {
    if (value === undefined || value === null) {
      if (required) this.fail(path, 'a string', value);
      return undefined;
    }
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return this.fail(path, 'a string', value);
  }

  stringList(value: Json, path: JsonPath): string[] {
    const items = this.array(value, path);
    if (items.every((item) => typeof item === 'string')) return items as string[];
    return items.map((item, i) => this.string(item, [...path, i], true)!);
  }

  /** `o[key]` as a list of strings; the path is built only when something is wrong. */
  strs(o: JsonObject, key: string, at: JsonPath): string[] {
    const value = o[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
    return this.stringList(value, [...at, key]);
  }

  /** A string field of `o`; the field's path is built only when it is wrong. */
  str(o: JsonObject, key: string, at: JsonPath, required = false): string | undefined {
    const value = o[key];
    if (typeof value === 'string') return value;
    if (value === undefined || value === null) {
      if (required) this.fail([...at, key], 'a string', value);
      return undefined;
    }
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return this.fail([...at, key], 'a string', value);
  }

  /**
   * `o[key]`, a list of parameters (missing means empty), checked and normalised in place: the
   * parsed objects are the model's parameters. A large container has 100,000 of them, and copies
   * would all survive to the end of the analysis (garbage collection was a third of building).
   */
  params(o: JsonObject, key: string, at: JsonPath): Param[] {
    const value = o[key];
    if (value === undefined || value === null) return [];
    this.#startAt(at, key);
    this.#list(value);
    return value as Param[];
  }

  /** One parameter in a field of its own (`consentSettings.consentType`). */
  singleParam(o: JsonObject, key: string, at: JsonPath): Param {
    this.#startAt(at, key);
    this.#param(o[key]);
    return o[key] as Param;
  }

  /** A tag's or variable's parameters, noting those that hold a macro (for dangling references). */
  ownedParams(owner: { kind: 'tag' | 'variable'; index: number }, o: JsonObject, at: JsonPath): Param[] {
    this.#owner = owner;
    try {
      return this.params(o, 'parameter', at);
    } finally {
      this.#owner = undefined;
    }
  }

  /** `#at` becomes `[...at, key]`, reusing its array. */
  #startAt(at: JsonPath, key: string): void {
    const path = this.#at;
    path.length = 0;
    for (const segment of at) path.push(segment);
    path.push(key);
  }

  #list(value: Json): void {
    if (!Array.isArray(value)) this.fail([...this.#at], 'an array', value);
    // GTM nests tables two levels deep; hundreds of levels is not an export (and would exhaust the stack later).
    if (this.#at.length > 2 * MAX_PARAM_DEPTH) this.fail([...this.#at], `parameters nested at most ${MAX_PARAM_DEPTH} levels deep`, value);
    const at = this.#at;
    for (let i = 0; i < value.length; i++) {
      at.push(i);
      this.#param(value[i]);
      at.pop();
    }
  }

  #param(value: Json): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail([...this.#at], 'an object', value);
    const o = value as JsonObject;
    const type = o.type;
    if (typeof type === 'string') {
      if (!UPPER_TYPES.has(type)) o.type = normalizeEnum(type);
    } else {
      o.type = this.#text(o, 'type') ?? 'TEMPLATE';
    }
    if (typeof o.key !== 'string' && o.key !== undefined) o.key = this.#text(o, 'key');
    const text = typeof o.value === 'string' ? o.value : o.value === undefined ? undefined : (o.value = this.#text(o, 'value'));
    if (this.#owner && text !== undefined && text.includes('{{')) {
      this.#macroOwners.push(this.#owner);
      this.#macroParams.push(o as unknown as Param);
    }
    if (o.list !== undefined) this.#nested(o, 'list');
    if (o.map !== undefined) this.#nested(o, 'map');
  }

  #nested(o: JsonObject, key: 'list' | 'map'): void {
    if (o[key] === null) {
      o[key] = undefined;
      return;
    }
    this.#at.push(key);
    this.#list(o[key]);
    this.#at.pop();
  }

  /** A parameter field that is not a string: numbers and booleans become their text, null nothing. */
  #text(o: JsonObject, key: string): string | undefined {
    const value = o[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return this.fail([...this.#at, key], 'a string', value);
  }

  /** `o[key]`: trigger conditions (missing means none). */
  conditions(o: JsonObject, key: string, at: JsonPath): Condition[] {
    const value = o[key];
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return [];
    const path = [...at, key];
    return this.array(value, path).map((raw, i) => {
      const cpath = [...path, i];
      const o = this.object(raw, cpath);
      const params = this.params(o, 'parameter', cpath);
      const byKey = (key: string) => params.find((p) => p.key === key);
      const arg1 = byKey('arg1');
      const { type, negated } = conditionType(normalizeEnum(this.str(o, 'type', cpath, true)!));
      return {
        type,
        arg0: byKey('arg0')?.value,
        arg1: arg1?.value,
        arg1Param: arg1,
        params,
        negate: (byKey('negate')?.value === 'true') !== negated,
        ignoreCase: byKey('ignore_case')?.value === 'true',
        path: cpath,
      };
    });
  }

  consent(value: Json, path: JsonPath): ConsentSettings | undefined {
    if (value === undefined || value === null) return undefined;
    const o = this.object(value, path);
    const problems: string[] = [];
    let status: string | undefined;
    if (typeof o.consentStatus === 'string') status = normalizeEnum(o.consentStatus);
    else if (o.consentStatus !== undefined) problems.push(`consentStatus is ${describe(o.consentStatus)}, not a string`);
    if (status !== undefined && !['NOT_SET', 'NOT_NEEDED', 'NEEDED'].includes(status)) {
      problems.push(`consentStatus "${String(o.consentStatus)}" is not one of NOT_SET, NOT_NEEDED, NEEDED`);
    } else if (status !== undefined && !GTM_CASING.test(o.consentStatus as string)) {
      // `Needed`: an export's UPPER_SNAKE or the API's lowerCamel is what GTM reads; anything else is a hand edit.
      problems.push(`consentStatus "${String(o.consentStatus)}" is in neither casing GTM writes (${status} or ${camel(status)})`);
    }
    const types: string[] = [];
    if (Array.isArray(o.consentType)) {
      problems.push('consentType is a plain array; GTM expects a LIST parameter ({"type":"LIST","list":[{"type":"TEMPLATE","value":"ad_storage"}]})');
      for (const t of o.consentType) if (typeof t === 'string') types.push(t);
    } else if (o.consentType !== undefined && o.consentType !== null) {
      if (typeof o.consentType !== 'object') problems.push(`consentType is ${describe(o.consentType)}, not a LIST parameter`);
      else {
        const list = this.singleParam(o, 'consentType', path);
        for (const item of list.list ?? []) if (item.value) types.push(item.value);
      }
    }
    return { status, types, problems, path };
  }

  build(root: Json): Container {
    const top = this.object(root, []);
    let versionPath: JsonPath = ['containerVersion'];
    let cvRaw: Json = top.containerVersion;
    if (cvRaw === undefined) {
      // A bare ContainerVersion (the API's versions.get output) is accepted as well.
      const looksLikeVersion = ['tag', 'trigger', 'variable'].some((k) => Array.isArray(top[k])) && ('container' in top || 'containerVersionId' in top);
      if (!looksLikeVersion) {
        const keys = Object.keys(top).slice(0, 5).join(', ');
        // The data object of a published gtm.js (`{"resource": {"macros", "tags", "predicates", …}}`).
        const resource = top.resource;
        const compiled = resource !== null && typeof resource === 'object' && !Array.isArray(resource) && ['macros', 'tags', 'predicates', 'rules'].some((k) => k in resource);
        throw new GtmInputError(
          `not a GTM container export: no "containerVersion" object at the top level${keys ? ` (found ${keys}${compiled ? ': the data of a published gtm.js, not an export' : ''})` : ''}; export it from GTM with Admin → Export Container`,
          { line: 1, column: 1 },
        );
      }
      versionPath = [];
      cvRaw = top;
    }
    const cv = this.object(cvRaw, versionPath);
    // A key written twice (a hand edit, a merge): JSON readers keep the last one, which can hide a whole container.
    for (const path of versionPath.length ? [[], versionPath] : [[]]) {
      const repeated = this.locator.duplicateKey(path);
      if (repeated) {
        const { line, column } = this.locator.lineColumn(repeated.offset);
        throw new GtmInputError(`${path.length ? `${shownPath(path)}: ` : ''}key "${repeated.key}" is written twice; JSON readers keep only the second, so the first would go unchecked (a GTM export never repeats a key)`, { line, column, path: formatPath(path) });
      }
    }
    const at = (...rest: Array<string | number>): JsonPath => [...versionPath, ...rest];
    // `tags` for `tag` (a hand-written or converted file): GTM would import none of them, and reading none silently would pass.
    for (const list of LISTS) {
      const plural = `${list}s`;
      if (cv[plural] !== undefined && cv[list] === undefined) this.reject(at(plural), `GTM exports name this list "${list}", not "${plural}"; GTM would import nothing from it`);
    }
    const containerRaw = cv.container === undefined ? {} : this.object(cv.container, at('container'));
    const usageContext = this.stringList(containerRaw.usageContext, at('container', 'usageContext')).map(normalizeEnum);
    const exportFormatVersion = typeof top.exportFormatVersion === 'number' ? top.exportFormatVersion : undefined;

    const tags = this.array(cv.tag, at('tag')).map((raw, index): Tag => {
      const path = at('tag', index);
      const o = this.object(raw, path);
      const type = this.str(o, 'type', path, true)!;
      const id = this.str(o, 'tagId', path) ?? `#${index}`;
      const sequence = (key: 'setupTag' | 'teardownTag') =>
        o[key] === undefined ? [] : this.array(o[key], [...path, key]).map((s, i) => this.str(this.object(s, [...path, key, i]), 'tagName', [...path, key, i]) ?? '');
      return {
        kind: 'tag',
        index,
        id,
        name: this.str(o, 'name', path) ?? `tag ${id}`,
        type,
        params: this.ownedParams({ kind: 'tag', index }, o, path),
        firingTriggerIds: this.strs(o, 'firingTriggerId', path),
        blockingTriggerIds: this.strs(o, 'blockingTriggerId', path),
        setupTagNames: sequence('setupTag'),
        teardownTagNames: sequence('teardownTag'),
        consent: o.consentSettings === undefined ? undefined : this.consent(o.consentSettings, [...path, 'consentSettings']),
        paused: o.paused === true || o.paused === 'true',
        scheduleEndMs: epochMs(o.scheduleEndMs),
        folderId: this.str(o, 'parentFolderId', path),
        notes: this.str(o, 'notes', path),
        path,
      };
    });

    const triggers = this.array(cv.trigger, at('trigger')).map((raw, index): Trigger => {
      const path = at('trigger', index);
      const o = this.object(raw, path);
      const id = this.str(o, 'triggerId', path) ?? `#${index}`;
      return {
        kind: 'trigger',
        index,
        id,
        name: this.str(o, 'name', path) ?? `trigger ${id}`,
        type: normalizeEnum(this.str(o, 'type', path, true)!),
        filter: this.conditions(o, 'filter', path),
        customEventFilter: this.conditions(o, 'customEventFilter', path),
        autoEventFilter: this.conditions(o, 'autoEventFilter', path),
        params: this.params(o, 'parameter', path),
        builtIn: false,
        path,
      };
    });

    const variables = this.array(cv.variable, at('variable')).map((raw, index): Variable => {
      const path = at('variable', index);
      const o = this.object(raw, path);
      const id = this.str(o, 'variableId', path) ?? `#${index}`;
      return {
        kind: 'variable',
        index,
        id,
        name: this.str(o, 'name', path, true)!,
        type: this.str(o, 'type', path, true)!,
        params: this.ownedParams({ kind: 'variable', index }, o, path),
        ...formatFallbacks(o.formatValue),
        path,
      };
    });

    const builtInVariables = this.array(cv.builtInVariable, at('builtInVariable')).map((raw, i): BuiltInVariable => {
      const path = at('builtInVariable', i);
      const o = this.object(raw, path);
      const type = this.str(o, 'type', path, true)!;
      return { type: normalizeEnum(type), name: this.str(o, 'name', path) ?? type };
    });

    const templates = this.array(cv.customTemplate, at('customTemplate')).map((raw, index): CustomTemplate => {
      const path = at('customTemplate', index);
      const o = this.object(raw, path);
      const id = this.str(o, 'templateId', path) ?? `#${index}`;
      let gallery: CustomTemplate['gallery'];
      if (o.galleryReference !== undefined && o.galleryReference !== null) {
        const g = this.object(o.galleryReference, [...path, 'galleryReference']);
        gallery = {
          owner: this.str(g, 'owner', [...path, 'galleryReference']) ?? '',
          repository: this.str(g, 'repository', [...path, 'galleryReference']) ?? '',
          galleryTemplateId: this.str(g, 'galleryTemplateId', [...path, 'galleryReference']),
          isModified: g.isModified === true,
        };
      }
      return {
        kind: 'template',
        index,
        id,
        name: this.str(o, 'name', path) ?? `template ${id}`,
        templateData: this.str(o, 'templateData', path) ?? '',
        gallery,
        path,
      };
    });

    const clientLike = (key: 'client' | 'transformation', idKey: string) =>
      this.array(cv[key], at(key)).map((raw, index): Client => {
        const path = at(key, index);
        const o = this.object(raw, path);
        const id = this.str(o, idKey, path) ?? `#${index}`;
        return {
          kind: key,
          index,
          id,
          name: this.str(o, 'name', path) ?? `${key} ${id}`,
          type: this.str(o, 'type', path) ?? '',
          params: this.params(o, 'parameter', path),
          path,
        };
      });
    const clients = clientLike('client', 'clientId');
    const transformations = clientLike('transformation', 'transformationId');

    const folders = new Map<string, string>();
    this.array(cv.folder, at('folder')).forEach((raw, i) => {
      const o = this.object(raw, at('folder', i));
      const id = this.string(o.folderId, at('folder', i, 'folderId'));
      if (id) folders.set(id, this.string(o.name, at('folder', i, 'name')) ?? id);
    });

    const zones = this.array(cv.zone, at('zone')).map((raw, index): Zone => {
      const path = at('zone', index);
      const o = this.object(raw, path);
      const id = this.str(o, 'zoneId', path) ?? `#${index}`;
      const children = this.array(o.childContainer, [...path, 'childContainer']).map((child, i) => this.object(child, [...path, 'childContainer', i]));
      return {
        id,
        name: this.str(o, 'name', path) ?? `zone ${id}`,
        childContainers: children.map((c, i) => this.str(c, 'publicId', [...path, 'childContainer', i]) ?? this.str(c, 'nickname', [...path, 'childContainer', i]) ?? '?'),
        path,
      };
    });

    const googleTagConfigs = this.array(cv.gtagConfig, at('gtagConfig')).map((raw, index) => {
      const path = at('gtagConfig', index);
      return { tagId: this.params(this.object(raw, path), 'parameter', path).find((p) => p.key === 'tagId')?.value, path };
    });

    // An export without its container record (a bare version from the API) tells by what it holds:
    // clients, server tag types, or templates written for server containers.
    const isServer =
      usageContext.includes('SERVER') ||
      (usageContext.length === 0 &&
        (clients.length > 0 || tags.some((t) => t.type.startsWith('sgtm') || t.type === 'http_request') || templates.some((t) => t.templateData.includes('___SERVER_PERMISSIONS___'))));

    const triggersById = new Map<string, Trigger>();
    for (const [id, builtIn] of Object.entries({ ...BUILT_IN_TRIGGERS, ...(isServer ? BUILT_IN_SERVER_TRIGGERS : {}) })) {
      triggersById.set(id, {
        kind: 'trigger',
        index: -1,
        id,
        name: builtIn.name,
        type: builtIn.type,
        filter: [],
        customEventFilter: [],
        autoEventFilter: [],
        params: [],
        builtIn: true,
        path: versionPath,
      });
    }
    for (const t of triggers) triggersById.set(t.id, t);

    return {
      exportFormatVersion,
      publicId: this.string(containerRaw.publicId, at('container', 'publicId')),
      name: this.string(containerRaw.name, at('container', 'name')),
      containerId: this.string(containerRaw.containerId ?? cv.containerId, at('container', 'containerId')),
      usageContext,
      isServer,
      versionPath,
      tags,
      triggers,
      variables,
      builtInVariables,
      templates,
      clients,
      transformations,
      folders,
      zones,
      googleTagConfigs,
      tagsByName: new Map(tags.map((t) => [t.name, t])),
      triggersById,
      variablesByName: new Map(variables.map((v) => [v.name, v])),
      builtInsByName: new Map(builtInVariables.map((b) => [b.name, b])),
      templatesById: new Map(templates.map((t) => [t.id, t])),
      macroParams: this.#macroParams.map((param, i) => {
        const owner = this.#macroOwners[i]!;
        return { owner: owner.kind === 'tag' ? tags[owner.index]! : variables[owner.index]!, param };
      }),
    };
  }
}

/**
 * The JSON path of parameter `p` of `owner` (a tag, trigger, variable, client or trigger condition),
 * searched when a report needs it: parameters carry no path of their own.
 */
export function paramPath(owner: { path: JsonPath; params: readonly Param[] }, p: Param): JsonPath {
  // Depth-first, allocating only the path that is found (this runs for every checked field).
  const trail: Array<string | number> = [];
  const find = (params: readonly Param[] | undefined): boolean => {
    if (!params) return false;
    for (let i = 0; i < params.length; i++) {
      const q = params[i]!;
      if (q === p) {
        trail.push(i);
        return true;
      }
      if (q.list && find(q.list)) {
        trail.push('list', i);
        return true;
      }
      if (q.map && find(q.map)) {
        trail.push('map', i);
        return true;
      }
    }
    return false;
  };
  return find(owner.params) ? [...owner.path, 'parameter', ...trail.reverse()] : owner.path;
}

/** A variable's Format Value replacements for undefined and null (`{ convertUndefinedToValue: { value: 'Hormone Therapy' } }`), read leniently. */
function formatFallbacks(format: Json | undefined): { fallbacks?: string[] } {
  if (!format || typeof format !== 'object' || Array.isArray(format)) return {};
  const fallbacks = ['convertUndefinedToValue', 'convertNullToValue'].flatMap((key) => {
    const p = (format as JsonObject)[key];
    const value = p && typeof p === 'object' && !Array.isArray(p) ? (p as JsonObject).value : undefined;
    return typeof value === 'string' && value.trim() !== '' ? [value] : [];
  });
  return fallbacks.length ? { fallbacks } : {};
}

/** Builds the container model from parsed JSON. Throws `GtmInputError` (with the field's path and position) on a wrong shape. */
export function buildContainer(root: unknown, locator: JsonLocator): Container {
  return new Builder(locator).build(root);
}

/**
 * GTM writes a negative condition as its positive type with `negate` (`CONTAINS` + `negate: true`);
 * hand-written and generated exports also write `DOES_NOT_CONTAIN`, `NOT_EQUALS`: the same test, negated.
 */
function conditionType(type: string): { type: string; negated: boolean } {
  const m = /^(?:DOES_)?NOT_(.+)$/u.exec(type);
  if (!m) return { type, negated: false };
  const positive = NEGATED_TYPES[m[1]!];
  return positive ? { type: positive, negated: true } : { type, negated: false };
}

const NEGATED_TYPES: Readonly<Record<string, string>> = {
  CONTAIN: 'CONTAINS',
  CONTAINS: 'CONTAINS',
  EQUAL: 'EQUALS',
  EQUALS: 'EQUALS',
  START_WITH: 'STARTS_WITH',
  STARTS_WITH: 'STARTS_WITH',
  END_WITH: 'ENDS_WITH',
  ENDS_WITH: 'ENDS_WITH',
  MATCH_REGEX: 'MATCH_REGEX',
};
