import type { VendorSpec } from './types.js';

export const criteo: VendorSpec = {
  id: 'criteo',
  name: 'Criteo',
  kind: 'ads',
  urls: [
    { host: 'static.criteo.net', path: '/js/ld/', label: 'OneTag loader', role: 'loader' },
    { host: 'dynamic.criteo.com', path: '/js/ld/', label: 'OneTag loader', role: 'loader' },
    // Server-to-server events (Criteo's S2S guide: `widget.criteo.com/m/event?version=s2s_v0`) and
    // Criteo's own server GTM tag (`sslwidget.criteo.com/gtm/event?mappingId=…`), before the beacon
    // host they share.
    { host: 'widget.criteo.com', path: '/m/event', label: 'Events API (server-to-server)', role: 'server-api' },
    { host: 'sslwidget.criteo.com', path: '/gtm/event', label: 'Events API (server GTM tag)', role: 'server-api' },
    // The OneTag event beacon (`/event?a=<account>&v=…&p0=e%3Dvh&p1=e%3Dvp…`), also sent as an `<img>`.
    { host: 'sslwidget.criteo.com', label: 'event beacon', role: 'beacon' },
    // OneTag's user-sync frame, which sends the page address (`gum.criteo.com/syncframe?topUrl=…`).
    { host: 'gum.criteo.com', path: '/syncframe', label: 'user-sync frame', role: 'beacon' },
  ],
  globals: [
    {
      name: 'criteo_q',
      members: {
        push: {
          call: {
            kind: 'event',
            eventObject: { arg: 'each', eventKey: 'event', identityEvents: ['setEmail', 'setHashedEmail', 'setCustomerId', 'setZipcode'] },
          },
        },
      },
    },
  ],
  gtm: { tagTypes: ['crto'], galleryOwners: ['criteo'], templateName: /criteo/iu },
};
