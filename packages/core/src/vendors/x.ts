import type { CommandTable, VendorSpec } from './types.js';
import { PIXEL_WRAPPER_MEMBERS } from './wrappers.js';

const twqCommands: CommandTable['commands'] = {
  // An object after the id is read as identity data, as the event call's `email_address` is:
  // what the site hands the pixel when it loads (`twq('config', id, { email_address })`).
  config: { kind: 'init', pixelId: 1, identity: 2 },
  init: { kind: 'init', pixelId: 1, identity: 2 },
  event: { kind: 'event', event: 1, params: 2 },
  track: { kind: 'event', event: 1, params: 2 },
};

export const x: VendorSpec = {
  id: 'x',
  name: 'X (Twitter)',
  kind: 'ads',
  urls: [
    { host: 'static.ads-twitter.com', path: '/uwt.js', label: 'uwt.js loader', role: 'loader' },
    { host: 'static.ads-twitter.com', path: '/oct.js', label: 'oct.js loader', role: 'loader' },
    { host: 'analytics.twitter.com', path: '/i/adsct', label: 'pixel beacon', role: 'beacon' },
    { host: 't.co', path: '/i/adsct', label: 'pixel beacon', role: 'beacon' },
    // `POST https://ads-api.x.com/{version}/measurement/conversions/{pixel_id}` (also on the old
    // ads-api.twitter.com host): https://docs.x.com/x-ads-api/measurement/web-conversions
    { host: 'ads-api.x.com', path: '/*/measurement/conversions', label: 'Conversions API', role: 'server-api' },
    { host: 'ads-api.twitter.com', path: '/*/measurement/conversions', label: 'Conversions API', role: 'server-api' },
  ],
  globals: [{ name: 'twq', call: { commands: twqCommands } }],
  wrappers: [
    {
      packages: ['react-twitter-pixel'],
      loadsPixel: true,
      exports: {
        default: {
          members: {
            // `init(pixelId, advancedMatching)` is `twq('config', pixelId, advancedMatching)`.
            ...PIXEL_WRAPPER_MEMBERS,
            event: PIXEL_WRAPPER_MEMBERS.track!,
            twq: { call: { commands: twqCommands } },
          },
        },
      },
    },
    { packages: ['react-twitter-conversion-tracker', 'gatsby-plugin-twitter-pixel'], loadsPixel: true, exports: {} },
  ],
  gtm: { tagTypes: ['twitter_website_tag'], galleryOwners: ['twitter'], templateName: /twitter|\bx pixel/iu },
};
