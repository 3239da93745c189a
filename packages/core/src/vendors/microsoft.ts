import type { VendorSpec } from './types.js';

export const microsoft: VendorSpec = {
  id: 'microsoft',
  name: 'Microsoft Advertising (UET)',
  kind: 'ads',
  urls: [
    { host: 'bat.bing.com', label: 'UET tag', role: 'loader', eventParams: ['ea'] },
    // UET Conversions API `POST https://capi.uet.microsoft.com/v1/{tagId}/events`:
    // https://learn.microsoft.com/en-us/advertising/guides/uet-conversion-api-integration
    { host: 'capi.uet.microsoft.com', path: '/v1/*/events', label: 'UET Conversions API', role: 'server-api' },
  ],
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
            // The older custom-event form UET still accepts: `uetq.push({ ec: category, ea: action, el: label, ev: value })`,
            // the action being the event name (the `ea=` of the bat.bing.com beacon).
            object: { kind: 'event', eventObject: { arg: 0, eventKey: 'ea' } },
          },
        },
      },
    },
  ],
  gtm: { tagTypes: ['baut'], galleryOwners: ['microsoft'], templateName: /\buet\b|bing ads|microsoft advertising/iu },
};
