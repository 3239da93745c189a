import { decodeQueryPart, matchVendorUrls, queryPairs, VENDORS, type UrlFingerprint, type VendorSpec } from '@phiguard/core';

export interface UrlMatch {
  vendor: VendorSpec;
  fingerprint: UrlFingerprint;
}

interface SplitUrl {
  host: string;
  path: string;
  query: string;
}

/** Loose URL split that also takes protocol-relative URLs and GTM permission patterns (`https://*.tiktok.com/*`). */
export function splitUrl(url: string): SplitUrl | undefined {
  const m = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#\s'"]+)([^?#\s'"]*)(\?[^#\s'"]*)?/iu.exec(url);
  if (!m) return undefined;
  return { host: m[1]!.toLowerCase().replace(/:\d+$/u, ''), path: m[2] || '/', query: m[3] ?? '' };
}

/**
 * The vendor a URL sends to. Concrete URLs go through core's matcher (the same one the ESLint rules
 * use); GTM permission patterns with a wildcard host or path (`https://*.tiktok.com/*`,
 * `https://graph.facebook.com/`) match any fingerprint on a matching host.
 */
export function matchVendorUrl(url: string): UrlMatch | undefined {
  const exact = matchVendorUrls(url)[0];
  if (exact) return { vendor: exact.vendor, fingerprint: exact.fingerprint };
  const u = splitUrl(url);
  if (!u || !(u.host.includes('*') || u.path === '/' || u.path.startsWith('/*'))) return undefined;
  const suffix = u.host.startsWith('*.') ? u.host.slice(1) : undefined;
  for (const vendor of VENDORS) {
    for (const fp of vendor.urls ?? []) {
      const hostOk = fp.host === u.host || (suffix !== undefined && (fp.host.endsWith(suffix) || fp.host === suffix.slice(1)));
      if (hostOk && !fp.query) return { vendor, fingerprint: fp };
    }
  }
  return undefined;
}

/** Query parameters of a URL, decoded where possible, with their offsets in `url` (value start/end). */
export function queryParams(url: string): Array<{ key: string; value: string; start: number; end: number }> {
  const q = url.indexOf('?');
  if (q < 0) return [];
  const hash = url.indexOf('#', q);
  return queryPairs(url, q + 1, hash < 0 ? url.length : hash).map((p) => ({
    key: decodeQueryPart(p.rawKey),
    value: decodeQueryPart(url.slice(p.valueStart, p.end)),
    start: p.valueStart,
    end: p.end,
  }));
}

