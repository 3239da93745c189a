import type { ApiNode, VendorSpec } from './types.js';
import { PIXEL_WRAPPER_MEMBERS } from './wrappers.js';

const ttqMethods: ApiNode['members'] = {
  page: { call: { kind: 'page' } },
  track: { call: { kind: 'event', event: 0, params: 1 } },
  identify: { call: { kind: 'identify', identity: 0 } },
  load: { call: { kind: 'init', pixelId: 0 } },
  instances: { call: { kind: 'other' } },
  debug: { call: { kind: 'other' } },
  on: { call: { kind: 'other' } },
  off: { call: { kind: 'other' } },
  once: { call: { kind: 'other' } },
  ready: { call: { kind: 'other' } },
  alias: { call: { kind: 'other' } },
  group: { call: { kind: 'other' } },
  enableCookie: { call: { kind: 'consent' } },
  disableCookie: { call: { kind: 'consent' } },
  holdConsent: { call: { kind: 'consent' } },
  revokeConsent: { call: { kind: 'consent' } },
  grantConsent: { call: { kind: 'consent' } },
  // ttq.instance(id) is a per-pixel queue with the same methods.
  instance: { call: { kind: 'other', pixelId: 0 }, returnsRoot: true },
};

export const tiktok: VendorSpec = {
  id: 'tiktok',
  name: 'TikTok',
  kind: 'ads',
  markers: ['TiktokAnalyticsObject'],
  urls: [
    { host: 'analytics.tiktok.com', path: '/i18n/pixel/events.js', label: 'events.js loader', role: 'loader' },
    { host: 'analytics.tiktok.com', path: '/i18n/pixel/sdk.js', label: 'sdk.js loader', role: 'loader' },
    { host: 'analytics.tiktok.com', path: '/i18n/pixel/identify.js', label: 'identify.js', role: 'loader' },
    { host: 'analytics.tiktok.com', label: 'pixel host', role: 'loader' },
    { host: 'analytics-sg.tiktok.com', label: 'pixel host', role: 'loader' },
    { host: 'analytics-ipv6.tiktokw.us', label: 'pixel host', role: 'loader' },
    { host: 'ads.tiktok.com', path: '/i18n/pixel', label: 'legacy pixel path', role: 'loader' },
    // The Events API's web, offline and app events, and customer-file uploads; the rest of the Business
    // API (reports, OAuth, campaign management) sends no visitor's data.
    // Its `context` holds the visitor's `ip` and `user_agent` beside `user` (`context.ip`).
    ...['event/track', 'pixel/track', 'pixel/batch', 'offline/track', 'offline/batch', 'app/track', 'app/batch'].map((path) => ({
      host: 'business-api.tiktok.com',
      path: `/open_api/*/${path}`,
      label: 'Events API',
      role: 'server-api' as const,
      payloadKeys: { identity: ['context'] },
    })),
    { host: 'business-api.tiktok.com', path: '/open_api/*/dmp/custom_audience/file/upload', label: 'Custom Audience upload', role: 'server-api' },
  ],
  globals: [{ name: 'ttq', members: ttqMethods }],
  wrappers: [
    {
      packages: ['tiktok-pixel'],
      loadsPixel: true,
      exports: {
        default: {
          members: {
            ...PIXEL_WRAPPER_MEMBERS,
            identify: { call: { kind: 'identify', identity: 0 } },
          },
        },
      },
    },
    { packages: ['nuxt-tiktok-pixel-module', 'nuxt-tiktok-pixel-tracking-module', '@ecomplus/widget-tiktok-pixel'], loadsPixel: true, exports: {} },
  ],
  gtm: {
    galleryOwners: ['tiktok'],
    galleryRepos: ['stape-io/tiktok-web-tag', 'stape-io/tiktok-tag', '74minutos/tiktok_pixel', 'lorquez/tiktok-gtm-template'],
    templateName: /tik\s?tok/iu,
  },
};
