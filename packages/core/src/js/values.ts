// The value algebra of the analyzer: alternatives, string parts, lookups and parameter substitution.
import { HOLE } from '../text/url.js';
import type { Node, Prop, Range, StrPart, Value } from './types.js';
import { rangeOf } from './walk.js';

/** A function or method that hashes what it is given, by its name: `sha256(email)`, `hashEmail`, `crypto.subtle.digest`. */
export const HASH_CALL = /sha-?(?:1|256|512)|hash|digest|md5|encrypt/iu;

/**
 * What a hash of `input` sends (`fn` the hash's name): of text the code writes (`sha256('')`, a
 * placeholder), that text, the same for every visitor; of anything else, a hash of the visitor's
 * value, named for what was hashed.
 */
export function hashOf(input: Value | undefined, fn: string, range: Range): Value {
  if (input?.kind === 'str' && input.parts.every((p) => typeof p === 'string')) return { ...input, range };
  return { kind: 'unknown', range, hashed: true, describe: (input?.kind === 'unknown' && input.describe) || `${fn}()` };
}

/** Is the value a parameter of a function (or a part of one), which call sites fill in? */
export const isParam = (v: Value | undefined): boolean => v?.kind === 'unknown' && v.param !== undefined;

/** Does a value depend on a parameter of `fn`? */
export function usesParam(v: Value, fn: Node): boolean {
  return paramFunctions(v, new Set()).has(fn);
}

/** The functions whose parameters the value is made of (added to `into`). */
export function paramFunctions(v: Value, into: Set<Node>): Set<Node> {
  eachParamRef(v, (ref) => into.add(ref.param!.fn));
  return into;
}

type ParamValue = Extract<Value, { kind: 'unknown' }>;

/** Each parameter reference a value is made of (its `unknown` parts that have a `param`), six levels deep. */
function eachParamRef(v: Value, visit: (ref: ParamValue) => void, depth = 0): void {
  if (depth > 6) return;
  switch (v.kind) {
    case 'unknown':
      if (v.param) visit(v);
      break;
    case 'obj':
      for (const p of v.props) eachParamRef(p.value, visit, depth + 1);
      break;
    case 'arr':
      for (const i of v.items) eachParamRef(i, visit, depth + 1);
      break;
    case 'any':
      for (const o of v.options) eachParamRef(o, visit, depth + 1);
      break;
    case 'str':
      for (const p of v.parts) if (typeof p !== 'string') eachParamRef(p.hole, visit, depth + 1);
      break;
    default:
      break;
  }
}

type SiteArg = (index: number, key: string | undefined) => Value | undefined;

/**
 * The one parameter reference of `fn` a value is made of (`${name}_booked`, `{ em: email }`), or
 * undefined when it uses none or several: a site finding can then point at what the site passes there.
 */
export function soleParam(v: Value, fn: Node): ParamValue | undefined {
  let found: ParamValue | undefined;
  let many = false;
  eachParamRef(v, (ref) => {
    if (ref.param!.fn !== fn) return;
    if (found && (found.param!.index !== ref.param!.index || found.param!.key !== ref.param!.key)) many = true;
    found ??= ref;
  });
  return many ? undefined : found;
}

/**
 * What a site passes for parameter value `v`; where it passes nothing (`undefined`), the parameter's
 * default; for the rest of a destructured parameter, without the keys taken out before it.
 */
export function passedFor(v: Extract<Value, { kind: 'unknown' }>, fromSite: SiteArg): Value | undefined {
  const { param, fallback } = v;
  const passed = fromSite(param!.index, param!.key);
  const outer = param!.defaultFor ? fromSite(param!.index, param!.defaultFor.key) : passed;
  const value = outer === undefined || (outer.kind === 'nullish' && fallback) ? fallback ?? passed : passed;
  return value && omitKeys(value, param!.omit);
}

/** `{ event, ...rest }` of an object: the object without `omit`'s keys. */
export function omitKeys(v: Value, omit: readonly string[] | undefined): Value {
  if (!omit?.length) return v;
  if (v.kind === 'obj') return { ...v, props: v.props.filter((p) => p.key === undefined || !omit.includes(p.key)) };
  if (v.kind === 'any') return { ...v, options: v.options.map((o) => omitKeys(o, omit)) };
  return v;
}

/**
 * What a call link's click handler sends as the number it dials: what is unknown in it is the
 * link's own (`telLink`), but for what says whose it is: a visitor's form field
 * (`getElementById('phone').value`) or a person's record (`patient.phone`, `user.phone`).
 */
export function linkOwn(v: Value, depth = 0): Value {
  if (depth > 6) return v;
  if (v.kind === 'unknown') return v.telLink || v.holds || SOMEONES.test(v.describe ?? '') ? v : { ...v, telLink: true };
  return v.kind === 'any' ? { ...v, options: v.options.map((o) => linkOwn(o, depth + 1)) } : v;
}

/** A member path rooted in a person's record or a form: `patient.phone`, `this.user.phone`, `formData.phone`. */
const SOMEONES = /^(?:this\.)?(?:patient|user|customer|lead|visitor|form|formData|values)s?\./iu;
/** Whether a value's text reads a person's record or a form (`patient.phone`): not a link's own number. */
export const personRecord = (describe: string | undefined): boolean => SOMEONES.test(describe ?? '');

/** The value with `fn`'s parameters replaced by what a call site passes. */
export function substitute(v: Value, fn: Node, fromSite: SiteArg, depth = 0): Value {
  if (depth > 6) return v;
  const sub = (x: Value): Value => substitute(x, fn, fromSite, depth + 1);
  switch (v.kind) {
    case 'unknown': {
      if (v.param?.fn !== fn) return v;
      const passed = passedFor(v, fromSite) ?? { kind: 'unknown', range: v.range };
      // A parameter a call link's click handler sends: what a site passes is the number the link dials.
      return v.telLink ? linkOwn(passed) : passed;
    }
    case 'obj': {
      let props: Prop[] = [];
      let open = v.open;
      v.props.forEach((p, i) => {
        const value = sub(p.value);
        if (!p.spread) {
          props.push({ ...p, value });
          return;
        }
        // A site that passes something unknown, or an open object, leaves the keys open; one that passes `{}` or nothing does not.
        open ||= opensAt(value);
        // `{ ...props }`: what the site passes, spliced in (each alternative's keys may be sent),
        // but for keys the object sets again after it; a site's object that is certain replaces
        // the keys before it (`Object.assign({}, a, b)`: `b`'s over `a`'s).
        const later = new Set(v.props.slice(i + 1).map((q) => q.key));
        const spliced = (value.kind === 'any' ? value.options : [value]).flatMap((o) => (o.kind === 'obj' ? o.props.filter((q) => !later.has(q.key)) : []));
        if (value.kind === 'obj' && !p.maybe) {
          const replaced = new Set(spliced.flatMap((q) => (q.key === undefined ? [] : [q.key])));
          props = props.filter((q) => q.key === undefined || !replaced.has(q.key));
        }
        props.push(...(spliced.length ? spliced : [{ ...p, value }]));
      });
      return { ...v, props, open };
    }
    case 'arr':
      return { ...v, items: v.items.map(sub) };
    case 'any':
      return { ...v, options: v.options.map(sub) };
    case 'str':
      return { ...v, parts: mergeParts(v.parts.flatMap((p) => (typeof p === 'string' ? [p] : partsOf(sub(p.hole))))) };
    default:
      return v;
  }
}

const opensAt = (v: Value): boolean => (v.kind === 'any' ? v.options.some(opensAt) : v.kind === 'obj' ? v.open : v.kind !== 'nullish' && v.kind !== 'bool' && !(v.kind === 'unknown' && v.param));

/** Up to this many, a string's parts are spelled out in every combination; past it, each part's options once. */
const MAX_COMBINATIONS = 64;
/**
 * The most alternatives, or spellings, a value keeps: every row of any real lookup table (a hospital's
 * service lines run to hundreds). Past it an alternative is unknown rather than huge.
 */
export const MAX_VALUES = 1000;

/**
 * Each string a value can take, unknown parts kept as `HOLE`. A part whose strings are known (a GTM
 * variable inside a literal, `'Booked_{{Const - Service}}'`; a lookup table in a template hole) is
 * spelled out.
 */
export function texts(v: Value, depth = 0): string[] {
  if (v.kind === 'str') return spellings(v.parts, depth);
  if (v.kind === 'any') return v.options.flatMap((o) => texts(o, depth));
  if (v.kind === 'unknown' && v.macro?.values) return [...v.macro.values];
  // A parameter's default value (`name = 'Therapy Booked'`).
  if (v.kind === 'unknown' && v.fallback) return texts(v.fallback, depth);
  return [];
}

/**
 * The fully known strings a value can be, and whether they are all it can be: false when a part
 * or an alternative is unknown, or not a string.
 */
export function knownTexts(v: Value): { texts: string[]; complete: boolean } {
  const all = texts(v);
  const known = all.filter((t) => !t.includes(HOLE));
  return { texts: known, complete: known.length > 0 && known.length === all.length && onlyStrings(v) };
}

function onlyStrings(v: Value): boolean {
  if (v.kind === 'any') return v.options.every(onlyStrings);
  return v.kind === 'str' || (v.kind === 'unknown' && v.macro?.values !== undefined);
}

function spellings(parts: readonly StrPart[], depth: number): string[] {
  if (parts.every((p) => typeof p === 'string') || depth > 4) return [joinParts(parts)];
  let out = [''];
  for (const p of parts) {
    const options = typeof p === 'string' ? [p] : holeTexts(p.hole, depth + 1);
    out = options.length === 0 || out.length + options.length > MAX_VALUES ? out.map((head) => head + HOLE) : combine(out, options);
  }
  return [...new Set(out)];
}

/**
 * The texts a part of a string can be: for alternatives of which some are unknown (`id || ''`), the
 * known ones and a hole, so that `/${id || ''}/events` is spelled with an id too.
 */
function holeTexts(v: Value, depth: number): string[] {
  if (v.kind !== 'any') return texts(v, depth);
  const each = v.options.map((o) => texts(o, depth));
  const known = each.flat();
  return known.length > 0 && each.some((t) => t.length === 0) ? [...known, HOLE] : known;
}

/**
 * Each head followed by each tail. Past MAX_COMBINATIONS every head and every tail is still spelled
 * out once, with the other side's first (`{{LT - Clinic}}_{{LT - Service}}` with 10 × 10 rows gives
 * 19 strings): each is one the value can be, and no option is lost to the order of a table's rows.
 */
export function combine(heads: readonly string[], tails: readonly string[]): string[] {
  if (heads.length * tails.length <= MAX_COMBINATIONS || tails.length === 0) return heads.flatMap((head) => tails.map((tail) => head + tail));
  return [...heads.map((head) => head + tails[0]), ...tails.slice(1).map((tail) => heads[0] + tail)];
}

export function joinParts(parts: readonly StrPart[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : HOLE)).join('');
}

export function partsOf(v: Value): StrPart[] {
  if (v.kind === 'str') return [...v.parts];
  if (v.kind === 'num') return [{ hole: v }];
  return [{ hole: v }];
}

export function mergeParts(parts: StrPart[]): StrPart[] {
  const out: StrPart[] = [];
  for (const p of parts) {
    const last = out.at(-1);
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else if (p !== '') out.push(p);
  }
  return out;
}

/** Alternatives, flattened and de-duplicated; past `MAX_VALUES` the value is unknown rather than huge. */
export function anyOf(options: Value[], range: Range): Value {
  const flat = [...new Set(options.flatMap((o) => (o.kind === 'any' ? o.options : [o])))];
  if (flat.length > MAX_VALUES) return { kind: 'unknown', range };
  return flat.length === 1 ? flat[0]! : { kind: 'any', options: flat, range };
}

export function unknownAt(node: Node): Value {
  return { kind: 'unknown', range: rangeOf(node) };
}

export function lookup(obj: Extract<Value, { kind: 'obj' }>, key: string): Value | undefined {
  // Later properties win, as in JavaScript.
  for (let i = obj.props.length - 1; i >= 0; i--) if (obj.props[i]!.key === key) return obj.props[i]!.value;
  return undefined;
}

export function lookupValue(v: Value | undefined, key: string): Value | undefined {
  return v?.kind === 'obj' ? lookup(v, key) : undefined;
}

export function within(inner: Range, outer: Range): boolean {
  return inner[0] >= outer[0] && inner[1] <= outer[1] && inner[1] > inner[0];
}

/** `['booked', service].join('_')`: the items' text between the separators. */
export function joinItems(items: readonly Value[], separator: string, range: Range): Value {
  const parts = items.flatMap((item, i) => [...(i ? [separator] : []), ...(item.kind === 'nullish' ? [] : partsOf(item))]);
  return { kind: 'str', parts: mergeParts(parts), range };
}

/**
 * A value of another file, placed at `range` (where this file uses it): every range in it is that
 * one, so a finding points into the file being read, and a parameter of a function there is a value
 * only known at run time here. With `keep`, a function of that file whose calls are made here with
 * this file's arguments: its parameters stay (they are filled in here), and what does not use them
 * becomes unknown, since that function's own file reports it.
 */
export function placedAt(v: Value, range: Range, keep?: Node, depth = 0): Value {
  if (depth > 12) return { kind: 'unknown', range };
  // What the function sends whatever a site passes is its own, reported in its own file: `own`, so
  // that a site does not report it again (`user_data` built from a component's own form state).
  if (keep && !usesParam(v, keep)) return { kind: 'unknown', range, own: true };
  const place = (x: Value): Value => placedAt(x, range, keep, depth + 1);
  switch (v.kind) {
    case 'str':
      return { kind: 'str', parts: v.parts.map((p) => (typeof p === 'string' ? p : { hole: place(p.hole) })), range };
    case 'obj':
      return { kind: 'obj', props: v.props.map((p) => ({ ...p, keyRange: range, value: place(p.value) })), open: v.open, range };
    case 'arr':
      return { kind: 'arr', items: v.items.map(place), range };
    case 'any':
      return { kind: 'any', options: v.options.map(place), range };
    case 'unknown':
      // A parameter of `keep` stays one, without what its function gives where a site leaves it out
      // (a default, `name = 'Therapy Booked'`; a key before a spread of it): that is the module's own
      // value, reported in its own file, not again at each call.
      if (keep && v.param?.fn === keep) {
        const { fallback: _own, ...param } = v;
        return { ...param, range };
      }
      return { kind: 'unknown', range, ...(v.describe ? { describe: v.describe } : {}), ...(v.hashed ? { hashed: true } : {}) };
    default:
      return { ...v, range };
  }
}

/**
 * What another module's function `fn` returns, moved to `range` (the call that gets it), as
 * `placedAt` moves a value; its parameters of `fn` stay, for the call's arguments to fill.
 */
export function relocated(v: Value, range: Range, fn: Node, depth = 0): Value {
  if (depth > 12 || !usesParam(v, fn)) return placedAt(v, range);
  const move = (x: Value): Value => relocated(x, range, fn, depth + 1);
  switch (v.kind) {
    case 'str':
      return { kind: 'str', parts: v.parts.map((p) => (typeof p === 'string' ? p : { hole: move(p.hole) })), range };
    case 'obj':
      return { ...v, props: v.props.map((p) => ({ ...p, keyRange: range, value: move(p.value) })), range };
    case 'arr':
      return { kind: 'arr', items: v.items.map(move), range };
    case 'any':
      return { kind: 'any', options: v.options.map(move), range };
    case 'unknown':
      return { ...v, range, ...(v.fallback ? { fallback: placedAt(v.fallback, range) } : {}) };
    default:
      return { ...v, range };
  }
}
