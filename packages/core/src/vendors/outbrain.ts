import type { VendorSpec } from './types.js';

/** Outbrain Amplify Pixel (`obApi`). Not the publisher widget (`widgets.outbrain.com/outbrain.js`). */
export const outbrain: VendorSpec = {
  id: 'outbrain',
  name: 'Outbrain',
  kind: 'ads',
  markers: ['OB_ADV_ID'],
  urls: [
    { host: 'amplify.outbrain.com', path: '/cp/obtp.js', label: 'obtp.js loader', role: 'loader' },
    // `tr.outbrain.com/unifiedPixel?marketerId=…&name=PAGE_VIEW` (also what Stape's server tag sends).
    { host: 'tr.outbrain.com', path: '/unifiedPixel', label: 'pixel beacon', role: 'beacon', eventParams: ['name'] },
    { host: 'traffic.outbrain.com', path: '/network/trackpxl', label: 'legacy pixel', role: 'beacon', eventParams: ['action'] },
  ],
  globals: [
    {
      name: 'obApi',
      // `obApi('track', '<conversion name>', { orderId, orderValue, currency })`.
      call: { commands: { track: { kind: 'event', event: 1, params: 2 } } },
    },
  ],
  gtm: { galleryRepos: ['stape-io/outbrain-tag'], templateName: /outbrain/iu },
};
