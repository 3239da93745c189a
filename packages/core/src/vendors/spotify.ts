import type { VendorSpec } from './types.js';

/** Spotify Ad Analytics pixel (`spdt`): https://help.adanalytics.spotify.com/how-does-the-alias-id-event-work */
export const spotify: VendorSpec = {
  id: 'spotify',
  name: 'Spotify',
  kind: 'ads',
  markers: ['spdt-capture'],
  urls: [
    { host: 'pixel.byspotify.com', path: '/ping.min.js', label: 'ping.min.js loader', role: 'loader' },
    // The image pixel: `img.byspotify.com/?key=<pixel>&a=<event>`.
    { host: 'img.byspotify.com', label: 'image pixel', role: 'beacon', eventParams: ['a'] },
  ],
  globals: [
    {
      name: 'spdt',
      call: {
        commands: {
          conf: { kind: 'init' },
          // `spdt('alias', { id, email })`: identifies the visitor.
          alias: { kind: 'identify', identity: 1 },
          // The command is the event (`spdt('lead', { … })`).
          view: { kind: 'event', event: 0, params: 1 },
          product: { kind: 'event', event: 0, params: 1 },
          addtocart: { kind: 'event', event: 0, params: 1 },
          checkout: { kind: 'event', event: 0, params: 1 },
          purchase: { kind: 'event', event: 0, params: 1 },
          lead: { kind: 'event', event: 0, params: 1 },
          signup: { kind: 'event', event: 0, params: 1 },
        },
      },
    },
  ],
  gtm: { galleryRepos: ['stape-io/spotify-pixel-tag', 'stape-io/spotify-tag'], templateName: /spotify/iu },
};
