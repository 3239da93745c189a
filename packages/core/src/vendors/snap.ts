import type { VendorSpec } from './types.js';

export const snap: VendorSpec = {
  id: 'snap',
  name: 'Snap',
  kind: 'ads',
  urls: [
    { host: 'sc-static.net', path: '/scevent.min.js', label: 'scevent.min.js loader', role: 'loader' },
    { host: 'tr.snapchat.com', label: 'pixel beacon', role: 'beacon' },
  ],
  globals: [
    {
      name: 'snaptr',
      call: {
        commands: {
          init: { kind: 'init', pixelId: 1, identity: 2 },
          track: { kind: 'event', event: 1, params: 2 },
        },
      },
    },
  ],
  wrappers: [
    {
      packages: ['react-snapchat-pixel'],
      loadsPixel: true,
      exports: {
        default: {
          members: {
            init: { call: { kind: 'init', pixelId: 0, identity: 1 } },
            pageView: { call: { kind: 'page' } },
            track: { call: { kind: 'event', event: 0, params: 1 } },
          },
        },
      },
    },
    { packages: ['next-snapchat-pixel'], loadsPixel: true, exports: {} },
  ],
  gtm: { galleryOwners: ['snapchat'], templateName: /snap\s?(chat)?\s?pixel|snapchat/iu },
};
