import type { VendorSpec } from './types.js';

export const pinterest: VendorSpec = {
  id: 'pinterest',
  name: 'Pinterest',
  kind: 'ads',
  urls: [
    { host: 's.pinimg.com', path: '/ct/', label: 'core.js loader', role: 'loader' },
    { host: 'ct.pinterest.com', label: 'tag beacon', role: 'beacon' },
    { host: 'api.pinterest.com', path: '/v5/ad_accounts/', label: 'Conversions API', role: 'server-api' },
  ],
  globals: [
    {
      name: 'pintrk',
      call: {
        commands: {
          load: { kind: 'init', pixelId: 1, identity: 2 },
          set: { kind: 'identify', identity: 1 },
          page: { kind: 'page', params: 1 },
          track: { kind: 'event', event: 1, params: 2 },
        },
      },
    },
  ],
  wrappers: [{ packages: ['react-pinterest-tag'], loadsPixel: true, exports: {} }],
  gtm: { tagTypes: ['pntr'], galleryOwners: ['pinterest'], galleryRepos: ['stape-io/pinterest-tag'], templateName: /pinterest/iu },
};
