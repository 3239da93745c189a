import type { CommandTable, VendorSpec } from './types.js';

const pintrkCommands: CommandTable['commands'] = {
  load: { kind: 'init', pixelId: 1, identity: 2 },
  set: { kind: 'identify', identity: 1 },
  page: { kind: 'page', params: 1 },
  track: { kind: 'event', event: 1, params: 2 },
};

export const pinterest: VendorSpec = {
  id: 'pinterest',
  name: 'Pinterest',
  kind: 'ads',
  urls: [
    { host: 's.pinimg.com', path: '/ct/', label: 'core.js loader', role: 'loader' },
    { host: 'ct.pinterest.com', label: 'tag beacon', role: 'beacon' },
    { host: 'api.pinterest.com', path: '/v5/ad_accounts/', label: 'Conversions API', role: 'server-api' },
  ],
  globals: [{ name: 'pintrk', call: { commands: pintrkCommands } }],
  wrappers: [
    {
      packages: ['react-pinterest-tag'],
      loadsPixel: true,
      exports: {
        default: {
          members: {
            // `init(tagId, userEmail)` loads the tag with `{ em: userEmail }`.
            init: { call: { kind: 'init', identity: 0, fields: ['tag_id', 'em'] } },
            pageView: { call: { kind: 'page' } },
            track: { call: { kind: 'event', event: 0, params: 1 } },
            // `pintrk(...args)` passes its arguments to `pintrk`.
            pintrk: { call: { commands: pintrkCommands } },
          },
        },
      },
    },
  ],
  gtm: { tagTypes: ['pntr'], galleryOwners: ['pinterest'], galleryRepos: ['stape-io/pinterest-tag'], templateName: /pinterest/iu },
};
