import type { VendorSpec } from './types.js';

/** Quora Pixel: the base code Quora's ads manager generates (`qp('init', id)`, `a.quora.com/qevents.js`). */
export const quora: VendorSpec = {
  id: 'quora',
  name: 'Quora',
  kind: 'ads',
  urls: [
    { host: 'a.quora.com', path: '/qevents.js', label: 'qevents.js loader', role: 'loader' },
    // The noscript image: `q.quora.com/_/ad/<pixel>/pixel?tag=ViewContent&noscript=1`.
    { host: 'q.quora.com', path: '/_/ad/', label: 'pixel beacon', role: 'beacon', eventParams: ['tag'] },
  ],
  globals: [
    {
      name: 'qp',
      call: {
        commands: {
          // `qp('init', id, { email })` matches the visitor by email.
          init: { kind: 'init', pixelId: 1, identity: 2 },
          track: { kind: 'event', event: 1, params: 2 },
        },
      },
    },
  ],
  // `qpx` is GTM's built-in Quora Pixel tag; Stape's Quora Conversion API template is server-side.
  gtm: { tagTypes: ['qpx'], galleryRepos: ['stape-io/quora-tag'], templateName: /quora/iu },
};
