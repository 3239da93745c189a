import { formatPath, GtmInputError } from '../json/load.js';
import type { JsonLocator, JsonPath } from '../json/locator.js';
import { BUILT_IN_TRIGGERS } from '../data/built-ins.js';
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
} from './types.js';

/** `customEvent` / `CUSTOM_EVENT` / `custom_event` → `CUSTOM_EVENT`. */
export function normalizeEnum(value: string): string {
  // Exports use UPPER_SNAKE already: skip the regex for them (this runs for every parameter).
  if (!/[a-z]/u.test(value)) return value;
  return value.replace(/([a-z0-9])([A-Z])/gu, '$1_$2').toUpperCase();
}

type Json = unknown;
type JsonObject = Record<string, Json>;

const describe = (value: Json): string =>
  value === undefined ? 'nothing (the field is missing)' : value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;

const MAX_PARAM_DEPTH = 64;

const pathOf = (at: JsonPath | Param): JsonPath => (Array.isArray(at) ? at : (at as Param).path);

/** A parameter whose JSON path is computed on first use (most never need one). */
class ParamNode implements Param {
  type = 'TEMPLATE';
  key: string | undefined = undefined;
  value: string | undefined = undefined;
  list: Param[] | undefined = undefined;
  map: Param[] | undefined = undefined;
  #path: JsonPath | undefined;
  constructor(
    private readonly parent: JsonPath | Param,
    private readonly slot: string,
    private readonly index: number,
  ) {}
  get path(): JsonPath {
    // index -1: a single parameter in a field (`consentSettings.consentType`), not a list element.
    this.#path ??= this.index < 0 ? [...pathOf(this.parent), this.slot] : [...pathOf(this.parent), this.slot, this.index];
    return this.#path;
  }
}

/** Builds the container model, checking every field it reads. Shape errors name the JSON path. */
class Builder {
  constructor(private readonly locator: JsonLocator) {}

  /** The tag or variable whose parameters are being read, and the parameters among them holding a `{{macro}}`. */
  #owner: { kind: 'tag' | 'variable'; index: number } | undefined;
  readonly #macroParams: Array<{ owner: { kind: 'tag' | 'variable'; index: number }; param: Param }> = [];

  fail(path: JsonPath, expected: string, found: Json): never {
    const { line, column } = this.locator.lineColumn(this.locator.locate(path).start);
    const where = formatPath(path);
    throw new GtmInputError(`${where}: expected ${expected}, found ${describe(found)}`, { line, column, path: where });
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
    return this.array(value, path).map((item, i) => this.string(item, [...path, i], true)!);
  }

  /** A string field of `o`; the field's path is built only when it is wrong (this runs for every parameter). */
  str(o: JsonObject, key: string, at: JsonPath | Param, required = false): string | undefined {
    const value = o[key];
    if (typeof value === 'string') return value;
    if (value === undefined || value === null) {
      if (required) this.fail([...pathOf(at), key], 'a string', value);
      return undefined;
    }
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return this.fail([...pathOf(at), key], 'a string', value);
  }

  /** `parent[slot][index]`: a parameter. Its JSON path is built only when someone asks for it. */
  param(value: Json, parent: JsonPath | Param, slot: string, index: number): Param {
    const p = new ParamNode(parent, slot, index);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(p.path, 'an object', value);
    const o = value as JsonObject;
    const type = this.str(o, 'type', p);
    p.type = type ? normalizeEnum(type) : 'TEMPLATE';
    p.key = this.str(o, 'key', p);
    p.value = this.str(o, 'value', p);
    if (this.#owner && p.value !== undefined && p.value.includes('{{')) this.#macroParams.push({ owner: this.#owner, param: p });
    if (o.list !== undefined && o.list !== null) p.list = this.params(o.list, p, 'list');
    if (o.map !== undefined && o.map !== null) p.map = this.params(o.map, p, 'map');
    return p;
  }

  /** A tag's or variable's parameters, noting those that hold a macro (for dangling references). */
  ownedParams(owner: { kind: 'tag' | 'variable'; index: number }, value: Json, path: JsonPath): Param[] {
    this.#owner = owner;
    try {
      return this.params(value, path, 'parameter');
    } finally {
      this.#owner = undefined;
    }
  }

  #depth = 0;

  /** `parent[key]`, a list of parameters (missing means empty). */
  params(value: Json, parent: JsonPath | Param, key: string): Param[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.fail([...pathOf(parent), key], 'an array', value);
    // GTM nests tables two levels deep; hundreds of levels is not an export (and would exhaust the stack later).
    if (this.#depth >= MAX_PARAM_DEPTH) this.fail([...pathOf(parent), key], `parameters nested at most ${MAX_PARAM_DEPTH} levels deep`, value);
    this.#depth++;
    try {
      const out = new Array<Param>(value.length);
      for (let i = 0; i < value.length; i++) out[i] = this.param(value[i], parent, key, i);
      return out;
    } finally {
      this.#depth--;
    }
  }

  conditions(value: Json, path: JsonPath): Condition[] {
    return this.array(value, path).map((raw, i) => {
      const cpath = [...path, i];
      const o = this.object(raw, cpath);
      const params = this.params(o.parameter, cpath, 'parameter');
      const byKey = (key: string) => params.find((p) => p.key === key);
      const arg1 = byKey('arg1');
      return {
        type: normalizeEnum(this.string(o.type, [...cpath, 'type'], true)!),
        arg0: byKey('arg0')?.value,
        arg1: arg1?.value,
        arg1Path: arg1 ? [...arg1.path, 'value'] : undefined,
        negate: byKey('negate')?.value === 'true',
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
    }
    const types: string[] = [];
    if (Array.isArray(o.consentType)) {
      problems.push('consentType is a plain array; GTM expects a LIST parameter ({"type":"LIST","list":[{"type":"TEMPLATE","value":"ad_storage"}]})');
      for (const t of o.consentType) if (typeof t === 'string') types.push(t);
    } else if (o.consentType !== undefined && o.consentType !== null) {
      if (typeof o.consentType !== 'object') problems.push(`consentType is ${describe(o.consentType)}, not a LIST parameter`);
      else {
        const list = this.param(o.consentType, path, 'consentType', -1);
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
        throw new GtmInputError(
          `not a GTM container export: no "containerVersion" object at the top level${keys ? ` (found ${keys})` : ''}; export it from GTM with Admin → Export Container`,
          { line: 1, column: 1 },
        );
      }
      versionPath = [];
      cvRaw = top;
    }
    const cv = this.object(cvRaw, versionPath);
    const at = (...rest: Array<string | number>): JsonPath => [...versionPath, ...rest];
    const containerRaw = cv.container === undefined ? {} : this.object(cv.container, at('container'));
    const usageContext = this.stringList(containerRaw.usageContext, at('container', 'usageContext')).map(normalizeEnum);
    const exportFormatVersion = typeof top.exportFormatVersion === 'number' ? top.exportFormatVersion : undefined;

    const tags = this.array(cv.tag, at('tag')).map((raw, index): Tag => {
      const path = at('tag', index);
      const o = this.object(raw, path);
      const type = this.string(o.type, [...path, 'type'], true)!;
      const id = this.string(o.tagId, [...path, 'tagId']) ?? `#${index}`;
      const sequence = (key: 'setupTag' | 'teardownTag') =>
        this.array(o[key], [...path, key]).map((s, i) => this.string(this.object(s, [...path, key, i]).tagName, [...path, key, i, 'tagName']) ?? '');
      return {
        kind: 'tag',
        index,
        id,
        name: this.string(o.name, [...path, 'name']) ?? `tag ${id}`,
        type,
        params: this.ownedParams({ kind: 'tag', index }, o.parameter, path),
        firingTriggerIds: this.stringList(o.firingTriggerId, [...path, 'firingTriggerId']),
        blockingTriggerIds: this.stringList(o.blockingTriggerId, [...path, 'blockingTriggerId']),
        setupTagNames: sequence('setupTag'),
        teardownTagNames: sequence('teardownTag'),
        consent: this.consent(o.consentSettings, [...path, 'consentSettings']),
        paused: o.paused === true || o.paused === 'true',
        folderId: this.string(o.parentFolderId, [...path, 'parentFolderId']),
        notes: this.string(o.notes, [...path, 'notes']),
        path,
      };
    });

    const triggers = this.array(cv.trigger, at('trigger')).map((raw, index): Trigger => {
      const path = at('trigger', index);
      const o = this.object(raw, path);
      const id = this.string(o.triggerId, [...path, 'triggerId']) ?? `#${index}`;
      return {
        kind: 'trigger',
        index,
        id,
        name: this.string(o.name, [...path, 'name']) ?? `trigger ${id}`,
        type: normalizeEnum(this.string(o.type, [...path, 'type'], true)!),
        filter: this.conditions(o.filter, [...path, 'filter']),
        customEventFilter: this.conditions(o.customEventFilter, [...path, 'customEventFilter']),
        autoEventFilter: this.conditions(o.autoEventFilter, [...path, 'autoEventFilter']),
        params: this.params(o.parameter, path, 'parameter'),
        builtIn: false,
        path,
      };
    });

    const variables = this.array(cv.variable, at('variable')).map((raw, index): Variable => {
      const path = at('variable', index);
      const o = this.object(raw, path);
      const id = this.string(o.variableId, [...path, 'variableId']) ?? `#${index}`;
      return {
        kind: 'variable',
        index,
        id,
        name: this.string(o.name, [...path, 'name'], true)!,
        type: this.string(o.type, [...path, 'type'], true)!,
        params: this.ownedParams({ kind: 'variable', index }, o.parameter, path),
        path,
      };
    });

    const builtInVariables = this.array(cv.builtInVariable, at('builtInVariable')).map((raw, i): BuiltInVariable => {
      const path = at('builtInVariable', i);
      const o = this.object(raw, path);
      const type = this.string(o.type, [...path, 'type'], true)!;
      return { type: normalizeEnum(type), name: this.string(o.name, [...path, 'name']) ?? type };
    });

    const templates = this.array(cv.customTemplate, at('customTemplate')).map((raw, index): CustomTemplate => {
      const path = at('customTemplate', index);
      const o = this.object(raw, path);
      const id = this.string(o.templateId, [...path, 'templateId']) ?? `#${index}`;
      let gallery: CustomTemplate['gallery'];
      if (o.galleryReference !== undefined && o.galleryReference !== null) {
        const g = this.object(o.galleryReference, [...path, 'galleryReference']);
        gallery = {
          owner: this.string(g.owner, [...path, 'galleryReference', 'owner']) ?? '',
          repository: this.string(g.repository, [...path, 'galleryReference', 'repository']) ?? '',
          galleryTemplateId: this.string(g.galleryTemplateId, [...path, 'galleryReference', 'galleryTemplateId']),
          isModified: g.isModified === true,
        };
      }
      return {
        kind: 'template',
        index,
        id,
        name: this.string(o.name, [...path, 'name']) ?? `template ${id}`,
        templateData: this.string(o.templateData, [...path, 'templateData']) ?? '',
        gallery,
        path,
      };
    });

    const clientLike = (key: 'client' | 'transformation', idKey: string) =>
      this.array(cv[key], at(key)).map((raw, index): Client => {
        const path = at(key, index);
        const o = this.object(raw, path);
        const id = this.string(o[idKey], [...path, idKey]) ?? `#${index}`;
        return {
          kind: key,
          index,
          id,
          name: this.string(o.name, [...path, 'name']) ?? `${key} ${id}`,
          type: this.string(o.type, [...path, 'type']) ?? '',
          params: this.params(o.parameter, path, 'parameter'),
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

    const triggersById = new Map<string, Trigger>();
    for (const [id, builtIn] of Object.entries(BUILT_IN_TRIGGERS)) {
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

    const isServer =
      usageContext.includes('SERVER') ||
      (usageContext.length === 0 && (clients.length > 0 || tags.some((t) => t.type.startsWith('sgtm'))));

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
      tagsByName: new Map(tags.map((t) => [t.name, t])),
      triggersById,
      variablesByName: new Map(variables.map((v) => [v.name, v])),
      builtInsByName: new Map(builtInVariables.map((b) => [b.name, b])),
      templatesById: new Map(templates.map((t) => [t.id, t])),
      macroParams: this.#macroParams.map(({ owner, param }) => ({ owner: owner.kind === 'tag' ? tags[owner.index]! : variables[owner.index]!, param })),
    };
  }
}

/** Builds the container model from parsed JSON. Throws `GtmInputError` (with the field's path and position) on a wrong shape. */
export function buildContainer(root: unknown, locator: JsonLocator): Container {
  return new Builder(locator).build(root);
}
