import type { VendorSpec } from './types.js';

export const microsoft: VendorSpec = {
  id: 'microsoft',
  name: 'Microsoft Advertising (UET)',
  kind: 'ads',
  urls: [{ host: 'bat.bing.com', label: 'UET tag', role: 'loader', eventParams: ['ea'] }],
  globals: [
    {
      name: 'uetq',
      members: {
        push: {
          call: {
            commands: {
              event: { kind: 'event', event: 1, params: 2 },
              set: { kind: 'identify', identity: 1 },
              consent: { kind: 'consent' },
              pageLoad: { kind: 'page' },
            },
          },
        },
      },
    },
  ],
  gtm: { galleryOwners: ['microsoft'], templateName: /\buet\b|bing ads|microsoft advertising/iu },
};
