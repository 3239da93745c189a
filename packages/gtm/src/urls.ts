import { matchVendorUrls, VENDORS, type UrlFingerprint, type VendorSpec } from '@phiguard/core';

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

/** The literal start of a path pattern, before its first wildcard (`/v1/…/events` → `/v1/`). */
const literalPrefix = (path: string): string => path.slice(0, path.includes('*') ? path.indexOf('*') : undefined);

/**
 * The vendor a URL sends to. Concrete URLs go through core's matcher (the same one the ESLint rules
 * use). GTM permission patterns with a wildcard host or path (`https://*.tiktok.com/*`,
 * `https://graph.facebook.com/`, `https://capi.uet.microsoft.com/v1/*`) match a fingerprint on a
 * matching host whose path the pattern can reach: one literal prefix starts the other.
 */
export function matchVendorUrl(url: string): UrlMatch | undefined {
  const exact = matchVendorUrls(url)[0];
  if (exact) return { vendor: exact.vendor, fingerprint: exact.fingerprint };
  const u = splitUrl(url);
  if (!u || !(u.host.includes('*') || u.path === '/' || u.path.includes('*'))) return undefined;
  const suffix = u.host.startsWith('*.') ? u.host.slice(1) : undefined;
  const reach = literalPrefix(u.path);
  for (const vendor of VENDORS) {
    for (const fp of vendor.urls ?? []) {
      const hostOk = fp.host === u.host || (suffix !== undefined && (fp.host.endsWith(suffix) || fp.host === suffix.slice(1)));
      const fpPrefix = literalPrefix(fp.path ?? '/');
      if (hostOk && !fp.query && (reach.startsWith(fpPrefix) || fpPrefix.startsWith(reach))) return { vendor, fingerprint: fp };
    }
  }
  return undefined;
}
