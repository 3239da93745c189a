import type { CallShape, VendorSpec } from '../vendors/types.js';
import type { IdentityField } from '../vendors/identity.js';
import type { AddressPart, TextTest } from '../text/address.js';
import type { HealthField } from '../health/fields.js';

/** A loosely typed ESTree node: core reads ASTs from espree, typescript-eslint and Babel (estree). */
export interface Node {
  type: string;
  range?: [number, number];
  start?: number;
  end?: number;
  parent?: Node | null;
  [key: string]: unknown;
}

export type Range = readonly [number, number];

/** What a GTM `{{Variable}}` (or any value from outside the code) is known to be. */
export interface MacroInfo {
  /** How the value reads in messages: `{{DLV - User Email}}`. */
  display: string;
  /** Statically known string values (constants, lookup-table outputs). */
  values?: readonly string[];
  /** The variable can also hold values not known statically (`return window.x || ''`). */
  open?: boolean;
  /** Set when the variable carries an identifier (a data-layer key such as `user_data.email`). */
  identity?: IdentityField;
  /** Set when the variable reads a health field (a data-layer key such as `intake.diagnosis`). */
  healthField?: HealthField;
  /** The variable holds an object with these properties (a custom JavaScript variable's `return {…}`). */
  object?: readonly MacroProp[];
  /**
   * What the variable holds when it is a list or nests objects (a custom JavaScript variable's
   * `return [{ content_name: 'Naltrexone 50mg' }]`), read from its own code; placed where it is used.
   */
  value?: Value;
  /** The variable holds the page address, or this part of it (`{{Page Path}}`, `{{Page URL}}`). */
  page?: AddressPart;
  /**
   * The variable is a lookup or RegEx table keyed on the page address: its rows (a key, a pattern
   * when `pattern`, and the output it gives), so a test of its output names the pages that give it.
   */
  table?: { part: AddressPart; pattern: boolean; rows: ReadonlyArray<{ key: string; value: string }> };
  /** The variable holds a vendor's function, by its global name (a custom JavaScript variable's `return window.fbq`). */
  global?: string;
  /** The variable holds text of the page itself (`{{Click URL}}`, the clicked `tel:` link): the same for every visitor. */
  content?: boolean;
}

export interface MacroProp {
  key: string;
  /** Known string values of the property. */
  values?: readonly string[];
  identity?: IdentityField;
  /** How the property's value reads in messages (`{{DLV - email}}`), when it is another variable. */
  display?: string;
}

/**
 * A statically resolved value. Ranges are offsets into the analyzed text. An unknown parameter
 * (`param`) keeps its text default (`fallback`): what the function sends when a call leaves it out.
 */
export type Value =
  | { kind: 'str'; parts: readonly StrPart[]; range: Range }
  | { kind: 'obj'; props: readonly Prop[]; open: boolean; range: Range; vueRef?: true; query?: true }
  | { kind: 'arr'; items: readonly Value[]; range: Range }
  | { kind: 'num' | 'nullish'; range: Range }
  | { kind: 'bool'; range: Range; value?: boolean }
  | { kind: 'any'; options: readonly Value[]; range: Range }
  | { kind: 'unknown'; range: Range; hashed?: boolean; macro?: MacroInfo; param?: ParamRef; describe?: string; fallback?: Value; telLink?: boolean; own?: boolean; holds?: IdentityField; readsFrom?: string };

/** Literal text, or a hole whose value is unknown. */
export type StrPart = string | { hole: Value };

export interface Prop {
  /** Undefined for computed keys that do not resolve. */
  key: string | undefined;
  keyRange: Range;
  value: Value;
  /** `...props` of a parameter (key undefined): a call site's object is spliced in here. */
  spread?: boolean;
  /** Set only on some paths (a conditional spread, a write in a branch): it replaces nothing. */
  maybe?: boolean;
}

/** A value that is a parameter of a local function: its call sites supply it. */
export interface ParamRef {
  fn: Node;
  index: number;
  /** For a destructured parameter (`({ name }) => …`), the property it takes. */
  key?: string;
  /** For the rest of a destructured parameter (`({ event, ...rest }) => …`), the keys it leaves out. */
  omit?: readonly string[];
  /**
   * The default (`fallback`) is a member of a default object (`opts = { name: '…' }`, then
   * `opts.name`): it applies when a site leaves out this key (undefined: the whole argument).
   */
  defaultFor?: { key: string | undefined };
}

/** A resolved call of a vendor API. */
export interface TrackerCall {
  vendor: VendorSpec;
  shape: CallShape;
  /** `ttq.identify()`, `fbq('trackCustom')`, `trackEvent() → ttq.track()`. */
  display: string;
  range: Range;
  /** Arguments by position; `undefined` = absent or after a spread. */
  args: ReadonlyArray<Arg | undefined>;
  /** Function this call sits in, for forwarding through local wrappers. */
  enclosingFn?: Node;
  /** The call's node (for a forwarded call, the call site's), for the branches it sits in. */
  node?: Node;
  /** For a call made from a call site of a local wrapper function: the call inside the wrapper. */
  origin?: TrackerCall;
  /** Made at a call of another module's function: that module reports the pixel its call initialises. */
  imported?: boolean;
  /** Local wrapper whose call sites were turned into forwarded calls. */
  hasCallSites?: boolean;
  /** Tests of the page address that must hold for the call to run. */
  pages?: readonly PageGuard[];
}

/** A test of the page address that code runs under: `location.pathname.indexOf('/psychiatry') > -1`. */
export interface PageGuard {
  /** The address as the code reads it: `location.pathname`, `{{Page Path}}`. */
  subject: string;
  part: AddressPart;
  operator: TextTest;
  /** The texts it is compared with (a regex's source when `pattern`), and where that is written. */
  values: readonly string[];
  pattern: boolean;
  range: Range;
  /** For a test of a page-keyed table's output (`{{Page Category}} === 'Care'`): the keys of the rows that give a value passing it. */
  via?: { keys: readonly string[]; pattern: boolean };
  /** Not the page: a value of the visit (`appointment.service`, `{{DLV - service}}`), with the name that says what it holds (`service`). */
  visit?: { key: string };
}

/** An argument: its resolved value and where the argument itself is written. */
export interface Arg {
  value: Value;
  range: Range;
}

export type PixelEvidenceKind = 'marker' | 'url' | 'init' | 'package';

export interface PixelEvidence {
  vendor: VendorSpec;
  kind: PixelEvidenceKind;
  /** The fingerprint as it reads in messages. */
  fingerprint: string;
  range: Range;
  /** For URLs: a server endpoint (Events API) rather than a browser pixel. */
  server?: boolean;
}

/** Everything the rules need from one file (or one embedded snippet), before options apply. */
export interface FileFacts {
  calls: TrackerCall[];
  pixels: PixelEvidence[];
  /** Facts of code found inside strings, with their own offset mapping to this file. */
  embedded: EmbeddedFacts[];
  /** Parse errors of this code (offsets in this file); `embedded` code has its own. */
  errors: Array<{ message: string; offset: number }>;
  /** The page the file is, where routes are files (`app/therapy/page.tsx` → `/therapy`): its calls run there. */
  route?: string;
  /** The file is the layout of `route` (Next.js's `layout.tsx`, SvelteKit's `+layout.svelte`): it wraps every page below it. */
  layout?: true;
  /** The page file serves every page below its route (a dynamic segment follows it: `app/therapy/[slug]/page.tsx`). */
  pagesBelow?: true;
  /** Tracker calls that functions of other modules make where this file calls them (`fpixel.pageview()`), at the call. */
  reached?: TrackerCall[];
}

export interface EmbeddedFacts {
  facts: FileFacts;
  /** Maps an offset in the embedded text to an offset in the outer text. */
  map: (offset: number) => number;
  /**
   * Code found in a string (`el.innerHTML = '…'`), not a script of the page: its parse errors are
   * not reported. The string may be anything that mentions a tracker, and the ESLint rules, which
   * read the same strings, report none either.
   */
  inString?: boolean;
}
