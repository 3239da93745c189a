import type { JsonPath } from '../json/locator.js';

/**
 * A GTM `Parameter`: the parsed object itself, checked and normalised in place (enum casing in
 * UPPER_SNAKE, numbers and booleans as text). Its JSON path: `paramPath(owner, param)`.
 */
export interface Param {
  /** `TEMPLATE`, `BOOLEAN`, `INTEGER`, `LIST`, `MAP`, `TAG_REFERENCE`, `TRIGGER_REFERENCE`, or anything newer. */
  type: string;
  key?: string | undefined;
  value?: string | undefined;
  list?: Param[] | undefined;
  map?: Param[] | undefined;
}

export type EntityKind = 'tag' | 'trigger' | 'variable' | 'template' | 'client' | 'transformation' | 'container';

interface EntityBase {
  kind: EntityKind;
  /** Position in its array (`containerVersion.tag[index]`). */
  index: number;
  id: string;
  name: string;
  path: JsonPath;
}

export interface ConsentSettings {
  /** `NOT_SET`, `NOT_NEEDED`, `NEEDED` (normalised), or whatever the file says. */
  status: string | undefined;
  /** Consent types listed for `NEEDED`. */
  types: string[];
  /** Shape problems (a hand-edited file: `consentType: ["ad_storage"]`, `consentStatus: "GRANTED"`). */
  problems: string[];
  path: JsonPath;
}

export interface Tag extends EntityBase {
  kind: 'tag';
  type: string;
  params: Param[];
  firingTriggerIds: string[];
  blockingTriggerIds: string[];
  setupTagNames: string[];
  teardownTagNames: string[];
  consent: ConsentSettings | undefined;
  paused: boolean;
  /** When the tag's schedule ends (ms since the epoch): after it, GTM no longer fires the tag. */
  scheduleEndMs: number | undefined;
  folderId: string | undefined;
  /** The tag's Notes field (where `phiguard-disable` directives live). */
  notes: string | undefined;
}

export interface Condition {
  /** `EQUALS`, `CONTAINS`, `MATCH_REGEX`, … (normalised). */
  type: string;
  arg0: string | undefined;
  arg1: string | undefined;
  /** The `arg1` parameter. */
  arg1Param: Param | undefined;
  params: Param[];
  negate: boolean;
  ignoreCase: boolean;
  path: JsonPath;
}

export interface Trigger extends EntityBase {
  kind: 'trigger';
  /** `PAGEVIEW`, `CUSTOM_EVENT`, … (normalised). */
  type: string;
  filter: Condition[];
  customEventFilter: Condition[];
  autoEventFilter: Condition[];
  params: Param[];
  /** Built-in triggers (All Pages, Initialization, Consent Initialization) are not in the file. */
  builtIn: boolean;
}

export interface Variable extends EntityBase {
  kind: 'variable';
  /** Variable type code (`v`, `c`, `smm`, `jsm`, `cvt_…`). */
  type: string;
  params: Param[];
  /** Format Value's "Convert undefined to" and "Convert null to" texts: values GTM sends in place of those. */
  fallbacks?: string[];
}

export interface BuiltInVariable {
  /** `PAGE_PATH` (normalised). */
  type: string;
  name: string;
}

export interface CustomTemplate extends EntityBase {
  kind: 'template';
  templateData: string;
  gallery: { owner: string; repository: string; galleryTemplateId: string | undefined; isModified: boolean } | undefined;
}

export interface Client extends EntityBase {
  kind: 'client' | 'transformation';
  type: string;
  params: Param[];
}

export type UsageContext = 'WEB' | 'SERVER' | 'ANDROID' | 'IOS' | 'AMP' | string;

export interface Container {
  exportFormatVersion: number | undefined;
  publicId: string | undefined;
  name: string | undefined;
  containerId: string | undefined;
  usageContext: UsageContext[];
  isServer: boolean;
  /** JSON path of the `containerVersion` object (`['containerVersion']`, or `[]` for a bare version). */
  versionPath: JsonPath;
  tags: Tag[];
  triggers: Trigger[];
  variables: Variable[];
  builtInVariables: BuiltInVariable[];
  templates: CustomTemplate[];
  clients: Client[];
  transformations: Client[];
  folders: Map<string, string>;
  /** GTM 360 zones: each loads other containers, whose tags are not in this export. */
  zones: Zone[];
  /** Google tag configurations (`gtagConfig`): their settings are not read, only named. */
  googleTagConfigs: Array<{ tagId: string | undefined; path: JsonPath }>;
  tagsByName: Map<string, Tag>;
  triggersById: Map<string, Trigger>;
  variablesByName: Map<string, Variable>;
  builtInsByName: Map<string, BuiltInVariable>;
  templatesById: Map<string, CustomTemplate>;
  /** Parameters of tags and variables whose value holds a `{{macro}}`, in file order (tags first). */
  macroParams: Array<{ owner: Tag | Variable; param: Param }>;
}

export interface Zone {
  id: string;
  name: string;
  /** Public ids of the containers the zone loads (`GTM-XXXX`). */
  childContainers: string[];
  path: JsonPath;
}
