import type { VendorSpec } from './types.js';
import { PIXEL_WRAPPER_MEMBERS } from './wrappers.js';

export const snap: VendorSpec = {
  id: 'snap',
  name: 'Snap',
  kind: 'ads',
  urls: [
    { host: 'sc-static.net', path: '/scevent.min.js', label: 'scevent.min.js loader', role: 'loader' },
    // The Conversions API shares the pixel's host; its paths are tried first (more specific).
    // v3 `POST https://tr.snapchat.com/v3/{pixel_id}/events`: https://developers.snap.com/api/marketing-api/Conversions-API/UsingTheAPI
    { host: 'tr.snapchat.com', path: '/v3/*/events', label: 'Conversions API', role: 'server-api' },
    // v2 `POST https://tr.snapchat.com/v2/conversion` (deprecated): https://developers.snap.com/api/marketing-api/Conversions-API
    // Its payload is one flat object: `event_type`, `hashed_email`, and the event's own fields (`item_category`, `description`).
    { host: 'tr.snapchat.com', path: '/v2/conversion', label: 'Conversions API (v2)', role: 'server-api', payloadKeys: { events: ['event_type'], flat: true } },
    { host: 'tr.snapchat.com', label: 'pixel beacon', role: 'beacon' },
    // Audience Match: `POST https://adsapi.snapchat.com/v1/segments/{segment_id}/users`, a customer list ({ schema, data }).
    { host: 'adsapi.snapchat.com', path: '/v1/segments/*/users', label: 'Audience Match upload', role: 'server-api' },
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
          members: PIXEL_WRAPPER_MEMBERS,
        },
      },
    },
    { packages: ['next-snapchat-pixel', 'nuxt-snapchat-tracker-module'], loadsPixel: true, exports: {} },
  ],
  gtm: { galleryOwners: ['snapchat'], templateName: /snap\s?(chat)?\s?pixel|snapchat/iu },
};
