import type { VendorSpec } from './types.js';

/**
 * Xandr (AppNexus, now Microsoft Invest), a demand-side platform: its conversion and segment pixels
 * (`secure.adnxs.com/px?id=<pixel>&t=2`, `ib.adnxs.com/seg?add=<segment>`), seen on the thank-you page
 * of a real dental clinic's landing site (real-site trial, session 35).
 */
export const xandr: VendorSpec = {
  id: 'xandr',
  name: 'Xandr (AppNexus)',
  kind: 'ads',
  urls: [
    { host: 'secure.adnxs.com', path: '/px', label: 'conversion pixel', role: 'beacon' },
    { host: 'ib.adnxs.com', path: '/px', label: 'conversion pixel', role: 'beacon' },
    { host: 'secure.adnxs.com', path: '/seg', label: 'segment pixel', role: 'beacon' },
    { host: 'ib.adnxs.com', path: '/seg', label: 'segment pixel', role: 'beacon' },
  ],
  gtm: { templateName: /xandr|appnexus/iu },
};
