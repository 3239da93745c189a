import type { CallShape, VendorSpec } from './types.js';

const event = (arg: number): CallShape => ({ kind: 'event', event: arg, params: arg + 1 });

export const meta: VendorSpec = {
  id: 'meta',
  name: 'Meta',
  kind: 'ads',
  markers: ['_fbq'],
  urls: [
    { host: 'connect.facebook.net', path: '/signals/', label: 'pixel config script', role: 'loader' },
    // The locale segment varies (`/en_US/fbevents.js`); the SDK for login lives at `/sdk.js` on the same host.
    { host: 'connect.facebook.net', path: '/*/fbevents.js', label: 'fbevents.js loader', role: 'loader' },
    { host: 'www.facebook.com', path: '/tr', label: 'pixel beacon', role: 'beacon' },
    { host: 'facebook.com', path: '/tr', label: 'pixel beacon', role: 'beacon' },
    { host: 'graph.facebook.com', path: '/*/*/events', label: 'Conversions API', role: 'server-api' },
    { host: 'graph.facebook.com', path: '/*/events', label: 'Conversions API', role: 'server-api' },
  ],
  globals: [
    {
      name: 'fbq',
      call: {
        commands: {
          init: { kind: 'init', pixelId: 1, identity: 2 },
          track: event(1),
          trackCustom: event(1),
          trackSingle: { kind: 'event', pixelId: 1, event: 2, params: 3 },
          trackSingleCustom: { kind: 'event', pixelId: 1, event: 2, params: 3 },
          setUserProperties: { kind: 'identify', pixelId: 1, identity: 2 },
          consent: { kind: 'consent' },
          set: { kind: 'config' },
          dataProcessingOptions: { kind: 'config' },
        },
      },
    },
  ],
  wrappers: [
    {
      packages: ['react-facebook-pixel', '@bettercart/react-facebook-pixel', 'react-meta-pixel', 'react-fbq', 'meta-pixel'],
      loadsPixel: true,
      exports: {
        default: {
          members: {
            init: { call: { kind: 'init', pixelId: 0, identity: 1 } },
            pageView: { call: { kind: 'page' } },
            track: { call: event(0) },
            trackCustom: { call: event(0) },
            trackSingle: { call: { kind: 'event', pixelId: 0, event: 1, params: 2 } },
            trackSingleCustom: { call: { kind: 'event', pixelId: 0, event: 1, params: 2 } },
            grantConsent: { call: { kind: 'consent' } },
            revokeConsent: { call: { kind: 'consent' } },
          },
        },
      },
    },
    {
      packages: [
        'react-use-facebook-pixel',
        '@adkit.so/meta-pixel',
        'nuxt-meta-pixel',
        'nuxt3-meta-pixel',
        'nuxt-facebook-pixel-module',
        '@wahyuade/nuxt-facebook-pixel-module',
        'nuxt-facebook-pixels-module',
        'vue-facebook-pixel',
        'vue-analytics-facebook-pixel',
        'ngx-pixel',
        'ngx-multi-pixel',
        'gatsby-plugin-facebook-pixel',
        '@hutsoninc/gatsby-plugin-facebook-pixel',
        '@beyonk/svelte-facebook-pixel',
        '@vtex/gatsby-plugin-pixel-facebook',
        'angulartics-facebook-pixel',
        '@ecomplus/widget-fb-pixel',
        'fbq',
      ],
      loadsPixel: true,
      exports: {},
    },
  ],
  gtm: {
    galleryOwners: ['facebookarchive', 'facebook', 'facebookincubator'],
    galleryRepos: ['stape-io/facebook-tag', 'stape-io/fb-tag'],
    templateName: /facebook|meta pixel|meta conversions/iu,
  },
};
