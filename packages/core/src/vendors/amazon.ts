import type { VendorSpec } from './types.js';

/** Amazon Ads tag (`amzn`, `c.amazon-adsystem.com/aat/amzn.js`), as Amazon's GTM template calls it. */
export const amazon: VendorSpec = {
  id: 'amazon',
  name: 'Amazon Ads',
  kind: 'ads',
  markers: ['amzn-pixel'],
  urls: [
    { host: 'c.amazon-adsystem.com', path: '/aat/amzn.js', label: 'amzn.js loader', role: 'loader' },
    // The noscript image: `s.amazon-adsystem.com/iu3?pid=<tag>&event=PageView`.
    { host: 's.amazon-adsystem.com', path: '/iu3', label: 'pixel beacon', role: 'beacon' },
  ],
  globals: [
    {
      name: 'amzn',
      call: {
        commands: {
          addTag: { kind: 'init', pixelId: 1 },
          trackEvent: { kind: 'event', event: 1, params: 2 },
          // `amzn('setUserData', { email, phonenumber })`: advanced matching.
          setUserData: { kind: 'identify', identity: 1 },
        },
      },
    },
  ],
  gtm: { galleryOwners: ['amzn'], templateName: /amazon ad/iu },
};
