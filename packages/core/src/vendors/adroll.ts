import type { VendorSpec } from './types.js';

/**
 * AdRoll (NextRoll) pixel: `adroll_adv_id`/`adroll_pix_id` and the `adroll` queue of the current
 * base code and of the official GTM template (`AdRoll/gtm-smart-pixel`).
 */
export const adroll: VendorSpec = {
  id: 'adroll',
  name: 'AdRoll',
  kind: 'ads',
  markers: ['adroll_adv_id', 'adroll_pix_id'],
  urls: [
    { host: 's.adroll.com', path: '/j/', label: 'roundtrip.js loader', role: 'loader' },
    // Server-to-server events, with `email` among the identifiers: https://apidocs.nextroll.com/server-to-server-api/reference.html
    { host: 'srv.adroll.com', path: '/api', label: 'server-to-server API', role: 'server-api' },
    { host: 'd.adroll.com', label: 'pixel beacon', role: 'beacon' },
  ],
  globals: [
    {
      name: 'adroll',
      members: {
        track: { call: { kind: 'event', event: 0, params: 1 } },
        // `adroll.identify({ email })`.
        identify: { call: { kind: 'identify', identity: 0 } },
      },
    },
    // The visitor's email for the pixel to pick up (`adroll_email = email`, the Smart Pixel's data mapping).
    { name: 'adroll_email', assigned: { kind: 'identify', identity: 0, fields: ['email'] } },
    {
      // The older API: `__adroll.record_user({ adroll_segments: 'hiv_prep' })` puts the visitor in a segment.
      name: '__adroll',
      members: { record_user: { call: { kind: 'event', params: 0 } } },
    },
  ],
  // `asp`: GTM's built-in AdRoll Smart Pixel tag.
  gtm: { tagTypes: ['asp'], galleryOwners: ['adroll'], templateName: /adroll/iu },
};
