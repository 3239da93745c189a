import type { VendorSpec } from './types.js';

/** The Trade Desk Universal Pixel (`new TTDUniversalPixelApi().init(advertiser, [pixels], url, params)`). */
export const tradedesk: VendorSpec = {
  id: 'tradedesk',
  name: 'The Trade Desk',
  kind: 'ads',
  markers: ['TTDUniversalPixelApi', 'ttd_dom_ready'],
  urls: [
    { host: 'js.adsrvr.org', path: '/up_loader', label: 'Universal Pixel loader', role: 'loader' },
    // Real-time conversions (server to server), before the beacon paths on the same host.
    { host: 'insight.adsrvr.org', path: '/track/realtimeconversion', label: 'real-time conversions API', role: 'server-api' },
    { host: 'insight.adsrvr.org', path: '/track/', label: 'pixel beacon', role: 'beacon' },
  ],
  globals: [
    {
      name: 'TTDUniversalPixelApi',
      // The fourth argument of `init` is the div id or the parameters (`orderid`, `v`, `td1`…`td10`).
      instance: { members: { init: { call: { kind: 'event', pixelId: 0, params: 3 } } } },
    },
  ],
  gtm: { templateName: /trade ?desk/iu },
};
