import type { VendorSpec } from './types.js';

/**
 * Admedo, a demand-side platform: its pixel script (`pool.admedo.com/pixel?id=<pixel>&t=js&…`), whose
 * query can carry a product and a customer id; a real dental clinic's landing page put the visitor's
 * treatment and full name there (real-site trial, session 35).
 */
export const admedo: VendorSpec = {
  id: 'admedo',
  name: 'Admedo',
  kind: 'ads',
  urls: [{ host: 'pool.admedo.com', path: '/pixel', label: 'pixel', role: 'beacon' }],
  gtm: { templateName: /admedo/iu },
};
