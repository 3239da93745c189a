import { VENDORS } from '../vendors/index.js';
import type { UrlFingerprint, VendorSpec } from '../vendors/types.js';

/** Marks a part of a string whose value is unknown (a template hole, a variable in a concatenation). */
export const HOLE = '\u0000';

export interface UrlMatch {
  vendor: VendorSpec;
  fingerprint: UrlFingerprint;
  /** Offsets of the matched host…path in the searched text. */
  start: number;
  end: number;
  /** The matched `host/path` as written (unknown parts shown as `…`). */
  display: string;
}

interface Entry {
  vendor: VendorSpec;
  fp: UrlFingerprint;
  /** Path segments; `*` matches one segment. */
  segments?: string[];
}

const entriesByHost = new Map<string, Entry[]>();
for (const vendor of VENDORS) {
  for (const fp of vendor.urls ?? []) {
    const list = entriesByHost.get(fp.host) ?? [];
    // Entries with a path or query are more specific: try them first.
    list.push({ vendor, fp, segments: fp.path?.split('/') });
    list.sort((a, b) => Number(!a.fp.path && !a.fp.query) - Number(!b.fp.path && !b.fp.query));
    entriesByHost.set(fp.host, list);
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** One pass over the text finds every candidate host; an alternation of literals runs in linear time. */
const HOSTS = new RegExp(
  [...entriesByHost.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'),
  'giu',
);
/** Same alternation without the `g` flag: a cheap test that most strings fail. */
const HOSTS_TEST = new RegExp(HOSTS.source, 'iu');
const HOST_CHAR = /[a-z0-9.-]/iu;

/** Domains many products share (Google Fonts and Maps are on `googleapis.com`): the label before them names the vendor. */
const SHARED_DOMAINS = new Set(['googleapis']);

/**
 * The name each vendor host is registered under (`tiktok` for `analytics.tiktok.com`; the whole
 * domain when that name is short: `t.co`; the product on a shared domain: `googleads` for
 * `googleads.googleapis.com`). A host is often written in parts (`'https://analytics.' +
 * 'tiktok.com/…'`), but not with this name split.
 */
export const VENDOR_DOMAIN_NAMES: readonly string[] = [
  ...new Set(
    [...entriesByHost.keys()].map((host) => {
      const labels = host.split('.');
      const name = labels.at(-2) ?? host;
      if (SHARED_DOMAINS.has(name) && labels.length > 2) return labels.at(-3)!;
      return name.length >= 4 ? name : labels.slice(-2).join('.');
    }),
  ),
];
const DOMAIN_NAMES = new RegExp([...VENDOR_DOMAIN_NAMES].sort((a, b) => b.length - a.length).map(escape).join('|'), 'iu');

/** Whether `text` names a vendor's domain at all: strings built from a text that does not cannot form a vendor URL. */
export const mentionsVendorDomain = (text: string): boolean => DOMAIN_NAMES.test(text);

function pathMatches(text: string, at: number, segments: readonly string[]): number | undefined {
  // `segments[0]` is '' because paths start with '/'.
  let i = at;
  for (let s = 1; s < segments.length; s++) {
    if (text[i] !== '/') return undefined;
    i++;
    const seg = segments[s]!;
    if (seg.startsWith('*')) {
      // `*` is any one segment; `*:upload` one that contains `:upload` (`1234:uploadClickConversions`).
      const start = i;
      while (i < text.length && text[i] !== '/' && text[i] !== '?') i++;
      if (i === start || (seg.length > 1 && !text.slice(start, i).toLowerCase().includes(seg.slice(1).toLowerCase()))) return undefined;
    } else if (seg !== '' || s < segments.length - 1) {
      if (text.slice(i, i + seg.length).toLowerCase() !== seg.toLowerCase()) return undefined;
      i += seg.length;
      // `/tr` must not match `/tracking`.
      if (s === segments.length - 1 && /[a-z0-9]/iu.test(text[i] ?? '')) return undefined;
    }
  }
  return i;
}

/** Vendor URLs (host, path prefix, query) inside `text`; unknown parts are `HOLE`s. */
export function matchVendorUrls(text: string): UrlMatch[] {
  const found: UrlMatch[] = [];
  if (!HOSTS_TEST.test(text)) return found;
  // matchAll works on a copy of the regex, so no lastIndex state is shared between calls.
  for (const m of text.matchAll(HOSTS)) {
    let start = m.index;
    const hostEnd = start + m[0].length;
    if (hostEnd < text.length && HOST_CHAR.test(text[hostEnd]!)) continue;
    const entries = entriesByHost.get(m[0].toLowerCase()) ?? [];
    if (start > 0 && HOST_CHAR.test(text[start - 1]!)) {
      // Inside a longer host: only a subdomain (`4569416.fls.doubleclick.net`) of a host that allows them.
      if (text[start - 1] !== '.' || !entries.some((e) => e.fp.subdomains)) continue;
      while (start > 0 && HOST_CHAR.test(text[start - 1]!)) start--;
    }
    const sub = start < m.index;
    let afterHost = hostEnd;
    // Skip a port.
    if (text[afterHost] === ':') while (/[0-9:]/u.test(text[afterHost] ?? '')) afterHost++;
    for (const { vendor, fp, segments } of entries) {
      if (sub && !fp.subdomains) continue;
      let end = afterHost;
      if (segments) {
        const pathEnd = pathMatches(text, afterHost, segments);
        if (pathEnd === undefined) continue;
        end = pathEnd;
      }
      if (fp.query) {
        const queryStart = text.indexOf('?', end);
        const stop = text.slice(end).search(/[\s"'`]/u);
        const limit = stop < 0 ? text.length : end + stop;
        if (queryStart < 0 || queryStart > limit || !text.slice(queryStart, limit).includes(fp.query)) continue;
      }
      found.push({ vendor, fingerprint: fp, start, end, display: text.slice(start, end).replaceAll(HOLE, '…') });
      break;
    }
  }
  return found;
}

/** One `key=value` pair of a URL query: its raw key, and the span of its raw value (empty without `=`). */
export interface QueryPair {
  rawKey: string;
  valueStart: number;
  end: number;
}

/**
 * The pairs of the query between offsets `from` and `to` of `text`, separated by `&` or, in HTML
 * markup, by `&amp;` (the entity is kept, so offsets hold).
 */
export function queryPairs(text: string, from: number, to: number, separator = '&'): QueryPair[] {
  const out: QueryPair[] = [];
  for (let i = from; i < to; ) {
    let amp = text.indexOf(separator, i);
    if (amp < 0 || amp > to) amp = to;
    const eq = text.indexOf('=', i);
    const hasValue = eq >= 0 && eq < amp;
    out.push({ rawKey: text.slice(i, hasValue ? eq : amp), valueStart: hasValue ? eq + 1 : amp, end: amp });
    i = text.startsWith('&amp;', amp) ? amp + 5 : amp + 1;
  }
  return out;
}

/** A query key or value as it is sent (`%20` and `+` decoded); malformed escapes stay as written. */
export function decodeQueryPart(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/gu, ' '));
  } catch {
    return s;
  }
}

/** The field a query key names: `ud[em]` → `em`, `cd[content_name]` → `content_name`. */
export function queryKeyName(key: string): string {
  return key.endsWith(']') && key.includes('[') ? key.slice(key.lastIndexOf('[') + 1, -1) : key;
}
