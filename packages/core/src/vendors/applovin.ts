import type { VendorSpec } from './types.js';

/** AppLovin Axon pixel (`axon`), seen in real telehealth containers (knowledge/pixels.md). */
export const applovin: VendorSpec = {
  id: 'applovin',
  name: 'AppLovin (Axon)',
  kind: 'ads',
  markers: ['AXON_EVENT_KEY'],
  urls: [
    { host: 's.axon.ai', path: '/pixel.js', label: 'pixel.js loader', role: 'loader' },
    { host: 'c.albss.com', path: '/p/l/', label: 'loader', role: 'loader' },
    { host: 'res4.applovin.com', path: '/p/l/', label: 'loader', role: 'loader' },
  ],
  globals: [
    {
      name: 'axon',
      call: {
        commands: {
          init: { kind: 'init' },
          // `axon('track', 'generate_lead', { user_id, user_data: {…} })`.
          track: { kind: 'event', event: 1, params: 2 },
        },
      },
    },
  ],
  gtm: { templateName: /applovin|\baxon\b/iu },
};
