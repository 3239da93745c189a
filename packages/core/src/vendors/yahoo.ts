import type { VendorSpec } from './types.js';

/**
 * Yahoo DSP / Native dot tag (https://developer.yahooinc.com/native/guide/dottags/installing-tags/).
 * Recognised by its URLs only: sites may rename its `dotq` queue.
 */
export const yahoo: VendorSpec = {
  id: 'yahoo',
  name: 'Yahoo',
  kind: 'ads',
  urls: [
    { host: 's.yimg.com', path: '/wi/ytc.js', label: 'ytc.js loader', role: 'loader' },
    // The image pixel: `sp.analytics.yahoo.com/spp.pl?a=10000&.yp=<pixel>&ec=<event category>`.
    { host: 'sp.analytics.yahoo.com', path: '/spp.pl', label: 'image pixel', role: 'beacon', eventParams: ['ec'] },
  ],
  gtm: { templateName: /yahoo/iu },
};
