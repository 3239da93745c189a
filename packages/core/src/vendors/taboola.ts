import type { VendorSpec } from './types.js';

/**
 * Taboola Pixel (`_tfa`, https://developers.taboola.com/pixel/docs/dco-javascript-setup). Not the
 * publisher widget (`_taboola`, `/libtrc/<publisher>/loader.js`), which shows recommendations.
 */
export const taboola: VendorSpec = {
  id: 'taboola',
  name: 'Taboola',
  kind: 'ads',
  markers: ['tb_tfa_script'],
  urls: [
    { host: 'cdn.taboola.com', path: '/libtrc/unip/', label: 'tfa.js loader', role: 'loader' },
    // The same loader under the account's name (`/libtrc/<account>/tfa.js`); its `loader.js` there is the widget.
    { host: 'cdn.taboola.com', path: '/libtrc/*/tfa.js', label: 'tfa.js loader', role: 'loader' },
    // Server postbacks: https://developers.taboola.com/pixel/docs/the-postback-url and
    // https://developers.taboola.com/pixel/docs/bulk-submit-s2s-conversions
    { host: 'trc.taboola.com', path: '/actions-handler/log/3/s2s-action', label: 'S2S postback', role: 'server-api' },
    { host: 'trc.taboola.com', path: '/*/log/3/bulk-s2s-action', label: 'bulk S2S conversions', role: 'server-api' },
    // The noscript image: `trc.taboola.com/<account>/log/3/unip?en=page_view`.
    { host: 'trc.taboola.com', path: '/*/log/3/unip', label: 'pixel beacon', role: 'beacon' },
  ],
  globals: [
    {
      name: '_tfa',
      // `_tfa.push({ notify: 'event', name: 'lead', id: <account>, unified_id: <sha256 email> })`.
      members: { push: { call: { kind: 'event', eventObject: { arg: 'each', eventKey: 'name' } } } },
    },
  ],
  gtm: { galleryOwners: ['taboola'], galleryRepos: ['stape-io/taboola-tag'], templateName: /taboola/iu },
};
