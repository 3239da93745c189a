import type { VendorSpec } from './types.js';

/**
 * tvScientific (connected-TV ads), seen in a real telehealth container as an image pixel carrying the
 * page URL (knowledge/pixels.md): `tvspix.com/t.png?t=…&l=<pixel>&u1=<event>&u3=<page URL>`.
 */
export const tvscientific: VendorSpec = {
  id: 'tvscientific',
  name: 'tvScientific',
  kind: 'ads',
  urls: [{ host: 'tvspix.com', label: 'image pixel', role: 'beacon', eventParams: ['u1'] }],
  gtm: { templateName: /tvscientific/iu },
};
