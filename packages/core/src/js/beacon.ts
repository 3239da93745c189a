import { decodeQueryPart, HOLE, queryPairs, type UrlMatch } from '../text/url.js';
import type { Prop, Range, StrPart, TrackerCall, Value } from './types.js';

/** Query keys that carry the event name on every vendor's beacon (`ev=`, `event=`, `en=`); vendors add theirs. */
const EVENT_KEYS = new Set(['ev', 'event', 'en', 'event_name', 'eventname']);

/** What may come before a URL's host at the start of a string: its scheme (`https://`, `//`). */
const URL_START = /^\s*(?:[a-z][a-z\d+.-]*:)?(?:\/\/)?$/iu;

/**
 * A vendor beacon URL (`new Image().src = 'https://www.facebook.com/tr?ev=…&ud[em]=' + email` in code,
 * `<img src="https://www.facebook.com/tr?ev=…">` in markup) as the event call it is: its query's
 * event name and parameters, so the shared rules read them as they read `fbq('track', …)`. `parts`
 * is the string's value, `m` the vendor URL found in its text (one `HOLE` per unknown part);
 * undefined when the URL has no query. `at` maps offsets in that text to ranges (markup, whose text
 * is the source); without it every part is at `range` (a string literal, whose escapes move offsets).
 */
export function beaconCall(m: UrlMatch, parts: readonly StrPart[], range: Range, at?: (from: number, to: number) => Range, readFrom = 0): TrackerCall | undefined {
  // The string as text with one HOLE per unknown part, and the unknown parts in order.
  let text = '';
  const holes: Value[] = [];
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      text += HOLE;
      holes.push(p.hole);
    }
  }
  let end = m.end;
  // The URL ends at white space, a quote or bracket, or its fragment (`#…` is not sent); in markup
  // (`at`) the attribute is the URL, and a decoded `&#32;` in it is sent as `%20`. So is a string that
  // starts with the URL (`img.src = \`…&cd[content_name]=${service}\``): its spaces are sent as `%20`.
  const stop = at ? /#/u : URL_START.test(text.slice(0, m.start)) ? /[\n"'<>`#]/u : /[\s"'<>`#]/u;
  while (end < text.length && !stop.test(text[end]!)) end++;
  let q = text.indexOf('?', m.start);
  if (q >= end) q = -1;
  const matrix = m.fingerprint.matrixParams === true;
  // A script's query (`events.js?sdkid=…&lib=ttq`) configures the loader; it is not an event.
  if ((q < 0 && !matrix) || (q >= 0 && /\.m?js$/iu.test(text.slice(m.start, q)))) return undefined;
  const holeAt = (offset: number) => holes[[...text.slice(0, offset)].filter((c) => c === HOLE).length]!;
  const rangeOf = (from: number, to: number): Range => (at ? at(from, to) : range);
  const valueOf = (from: number, to: number): Value => {
    const out: StrPart[] = [];
    let literal = '';
    for (let i = from; i < to; i++) {
      if (text[i] === HOLE) {
        if (literal) out.push(decodeQueryPart(literal));
        literal = '';
        out.push({ hole: holeAt(i) });
      } else {
        literal += text[i];
      }
    }
    if (literal) out.push(decodeQueryPart(literal));
    if (out.length === 1 && typeof out[0] !== 'string') return at ? ({ ...out[0].hole, range: at(from, to) } as Value) : out[0].hole;
    return { kind: 'str', parts: out, range: rangeOf(from, to) };
  };
  const fields: QueryField[] = [];
  // Floodlight's `;src=…;cat=…;u1=…` after the path (`/ddm/activity/src=…` starts with a slash), then the query.
  const matrixEnd = q >= 0 ? q : end;
  const pairs = [...(matrix ? queryPairs(text, m.end + (/[/;]/u.test(text[m.end] ?? '') ? 1 : 0), matrixEnd, ';') : []), ...(q >= 0 ? queryPairs(text, q + 1, end) : [])];
  for (const pair of pairs) {
    // A known key with a value: an unknown key (a hole) or an empty value sends nothing readable.
    // A field before `readFrom` is read where that part of the URL is written.
    if (pair.rawKey === '' || pair.rawKey.includes(HOLE) || pair.end <= pair.valueStart || pair.valueStart < readFrom) continue;
    fields.push({ key: decodeQueryPart(pair.rawKey), keyRange: rangeOf(pair.valueStart - 1 - pair.rawKey.length, pair.valueStart - 1), value: valueOf(pair.valueStart, pair.end), range: rangeOf(pair.valueStart, pair.end) });
  }
  return queryCall(m, fields, range, rangeOf(matrix ? m.end : q + 1, end), `the ${m.fingerprint.label} URL`);
}

/** One field of a beacon's query: its key as written (`cd[content_name]`), and its value. */
interface QueryField {
  key: string;
  keyRange: Range;
  value: Value;
  range: Range;
}

/**
 * Query data a request adds to a vendor beacon URL (`$.get('https://www.facebook.com/tr', { ev, ud: { em } })`,
 * `axios.get(url, { params })`), as the event call it is. Nested objects are keys in brackets, as
 * jQuery's and the vendors' own query strings write them (`ud[em]`). Undefined when `data` is not
 * an object or sends nothing readable.
 */
export function beaconDataCall(m: UrlMatch, data: Value, range: Range, display: string): TrackerCall | undefined {
  if (data.kind !== 'obj') return undefined;
  const fields: QueryField[] = [];
  const add = (props: readonly Prop[], prefix: string | undefined, depth: number): void => {
    for (const p of props) {
      if (p.key === undefined) continue;
      const key = prefix === undefined ? p.key : `${prefix}[${p.key}]`;
      if (p.value.kind === 'obj' && depth < 3) add(p.value.props, key, depth + 1);
      else fields.push({ key, keyRange: p.keyRange, value: p.value, range: p.value.range });
    }
  };
  add(data.props, undefined, 0);
  return queryCall(m, fields, range, data.range, display);
}

/** A beacon's query fields as a call: the event name under the vendor's event key, the rest its parameters. */
function queryCall(m: UrlMatch, fields: readonly QueryField[], range: Range, query: Range, display: string): TrackerCall | undefined {
  const eventKeys = new Set([...EVENT_KEYS, ...(m.fingerprint.eventParams ?? [])]);
  const customKeys = (m.fingerprint.customEventParams ?? []).map((k) => k.toLowerCase());
  const nameKeys: string[] = [];
  const props: Prop[] = [];
  let event: { value: Value; range: Range } | undefined;
  for (const { key, keyRange, value, range: at } of fields) {
    if (eventKeys.has(key.toLowerCase())) event ??= { value, range: at };
    // Keys as written (`cd[content_name]`); the rules read the field in the brackets (`shape.query`).
    else {
      props.push({ key, keyRange, value });
      if (customKeys.includes(key.toLowerCase())) nameKeys.push(key);
    }
  }
  if (!event && props.length === 0) return undefined;
  return {
    vendor: m.vendor,
    // A server endpoint's query (`/events?access_token=…`) is a request from the site's server, not the visitor's browser.
    shape: { kind: 'event', event: 0, params: 1, query: true, ...(nameKeys.length ? { eventNameKeys: nameKeys } : {}), ...(m.fingerprint.role === 'server-api' ? { server: true } : {}) },
    display,
    range,
    args: [event, { value: { kind: 'obj', props, open: false, range: query }, range: query }],
  };
}

