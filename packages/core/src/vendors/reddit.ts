import type { VendorSpec } from './types.js';

export const reddit: VendorSpec = {
  id: 'reddit',
  name: 'Reddit',
  kind: 'ads',
  urls: [
    { host: 'www.redditstatic.com', path: '/ads/pixel.js', label: 'pixel.js loader', role: 'loader' },
    { host: 'alb.reddit.com', label: 'pixel beacon', role: 'beacon', customEventParams: ['m.customEventName'] },
    // v3 `POST https://ads-api.reddit.com/api/v3/pixels/{pixel_id}/conversion_events`:
    // https://ads-api.reddit.com/docs/v3/operations/Post%20Conversion%20Events
    { host: 'ads-api.reddit.com', path: '/api/v3/pixels/*/conversion_events', label: 'Conversions API', role: 'server-api' },
    // v2.0 `POST https://ads-api.reddit.com/api/v2.0/conversions/events/{account_id}` (deprecated, still served):
    // https://ads-api.reddit.com/docs/v2/#tag/Conversions
    { host: 'ads-api.reddit.com', path: '/api/v2.0/conversions/events/', label: 'Conversions API (v2.0)', role: 'server-api' },
  ],
  globals: [
    {
      name: 'rdt',
      call: {
        commands: {
          init: { kind: 'init', pixelId: 1, identity: 2 },
          track: { kind: 'event', event: 1, params: 2, eventNameKeys: ['customEventName'] },
        },
      },
      // The telehealth bundle in pixels.md sets `rdt.config.em = await sha256(email)` directly.
      members: { config: { identityObject: true } },
    },
  ],
  wrappers: [
    {
      packages: ['react-reddit-pixel'],
      loadsPixel: true,
      exports: {
        default: {
          members: {
            init: { call: { kind: 'init', pixelId: 0, identity: 1 } },
            pageVisit: { call: { kind: 'page' } },
            track: { call: { kind: 'event', event: 0, params: 1, eventNameKeys: ['customEventName'] } },
          },
        },
      },
    },
  ],
  gtm: { galleryOwners: ['reddit'], templateName: /reddit/iu },
};
