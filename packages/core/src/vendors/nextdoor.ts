import type { VendorSpec } from './types.js';

/** Nextdoor Pixel (`ndp`), the universal pixel and its Conversions API. */
export const nextdoor: VendorSpec = {
  id: 'nextdoor',
  name: 'Nextdoor',
  kind: 'ads',
  urls: [
    { host: 'ads.nextdoor.com', path: '/public/pixel/', label: 'ndp.js loader', role: 'loader' },
    // `POST https://ads.nextdoor.com/v2/api/conversions/track`: https://developer.nextdoor.com/reference/conversions-track
    { host: 'ads.nextdoor.com', path: '/v2/api/conversions/track', label: 'Conversions API', role: 'server-api' },
    // The noscript image: `flask.nextdoor.com/pixel?pid=<id>&ev=PAGE_VIEW&noscript=1`.
    { host: 'flask.nextdoor.com', path: '/pixel', label: 'pixel beacon', role: 'beacon' },
  ],
  globals: [
    {
      name: 'ndp',
      call: {
        commands: {
          // `ndp('init', id, { user_email })`; `ndp('track', EVENT, customData, userData)`.
          init: { kind: 'init', pixelId: 1, identity: 2 },
          track: { kind: 'event', event: 1, params: 2, identity: 3 },
        },
      },
    },
  ],
  gtm: { galleryRepos: ['stape-io/nextdoor-tag'], templateName: /nextdoor/iu },
};
