import type { VendorSpec } from './types.js';

/** StackAdapt pixel (`saq`, `tags.srv.stackadapt.com/events.js`). */
export const stackadapt: VendorSpec = {
  id: 'stackadapt',
  name: 'StackAdapt',
  kind: 'ads',
  markers: ['_saq'],
  urls: [
    { host: 'tags.srv.stackadapt.com', path: '/events.js', label: 'events.js loader', role: 'loader' },
    { host: 'tags.srv.stackadapt.com', label: 'pixel beacon', role: 'beacon' },
    { host: 'srv.stackadapt.com', label: 'pixel beacon', role: 'beacon' },
  ],
  globals: [
    {
      name: 'saq',
      call: {
        commands: {
          // `saq('ts', pixel, { eventName, … })`; `saq('conv', conversion, { revenue, … })`.
          ts: { kind: 'event', pixelId: 1, params: 2, eventNameKeys: ['eventName'] },
          conv: { kind: 'event', pixelId: 1, params: 2 },
          rt: { kind: 'init', pixelId: 1 },
        },
      },
    },
  ],
  gtm: { templateName: /stackadapt/iu },
};
