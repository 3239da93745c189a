import type { ApiNode, ConditionalShape, VendorSpec } from './types.js';

// Google Ads (`AW-`) and Floodlight of Campaign Manager 360 / Display & Video 360 (`DC-`).
const toAds = { arg: 1, prefixes: ['AW-', 'DC-'], vendor: 'google-ads' } as const;

const gtagCommands: Record<string, ConditionalShape | readonly ConditionalShape[]> = {
  event: { kind: 'event', event: 1, params: 2, vendorByPrefix: toAds },
  // Automatic enhanced conversions read email and phone from the page's forms.
  config: { kind: 'init', pixelId: 1, params: 2, vendorByPrefix: toAds, identityFlags: ['allow_enhanced_conversions'] },
  set: [
    { when: { arg: 1, equals: 'user_data' }, kind: 'identify', identity: 2 },
    { kind: 'config', params: 1 },
  ],
  consent: { kind: 'consent' },
  js: { kind: 'other' },
  get: { kind: 'other' },
};

/** An upload of the Google Ads API client: a server client of Google Ads, its request the payload. */
const adsUpload: ApiNode = { call: { kind: 'init', server: true, payload: 0 } };

/** Messages name the data layer: what is pushed there reaches whichever tags of the container read it, ad tags included. */
const DATA_LAYER = 'Google Tag Manager data layer';
/** A call that pushes one object to the data layer, its `event` key the event's name. */
const pushEvent: ApiNode = { call: { kind: 'event', label: DATA_LAYER, eventObject: { arg: 0, eventKey: 'event' } } };
/** The object of the Vue GTM plugins: `trackEvent({ event, category, action, label })` and `push(…)` both push to the data layer. */
const vueGtm: ApiNode = { members: { trackEvent: pushEvent, push: pushEvent, trackView: { call: { kind: 'page' } } } };

/** gtag.js, the GTM data layer and their wrappers: analytics unless an `AW-` or `DC-` id routes to Google Ads. */
export const googleTag: VendorSpec = {
  id: 'google-tag',
  name: 'Google tag',
  kind: 'analytics',
  urls: [
    { host: 'www.googletagmanager.com', path: '/gtm.js', label: 'GTM loader', role: 'loader' },
    { host: 'www.googletagmanager.com', path: '/gtag/js', label: 'gtag.js loader', role: 'loader' },
    { host: 'www.googletagmanager.com', path: '/ns.html', label: 'GTM noscript frame', role: 'beacon' },
    // GA4 Measurement Protocol: `{ client_id, user_id, user_data, events: [{ name, params }] }`.
    ...['www.google-analytics.com', 'region1.google-analytics.com'].map((host) => ({ host, path: '/mp/collect', label: 'GA4 Measurement Protocol', role: 'server-api' as const, payloadKeys: { events: ['name'], properties: ['params', 'user_properties'] } })),
    { host: 'www.google-analytics.com', label: 'Google Analytics', role: 'beacon' },
  ],
  globals: [
    { name: 'gtag', localStub: true, call: { commands: gtagCommands } },
    { name: 'dataLayer', members: { push: { call: { kind: 'event', label: DATA_LAYER, eventObject: { arg: 'each', eventKey: 'event' } } } } },
    // Nuxt's GTM modules (`@zadigetvoltaire/nuxt-gtm`) auto-import `useGtm()`: a component calls it with no import.
    { name: 'useGtm', returns: vueGtm },
  ],
  wrappers: [
    {
      packages: ['react-gtm-module', 'react-gtm-module-custom-domain', 'react-gtm-module-defer', 'react-gtm-module-nonce-aware'],
      loadsPixel: false,
      exports: {
        default: {
          members: {
            // TagManager.dataLayer({ dataLayer: { event, … } })
            dataLayer: { call: { kind: 'event', label: DATA_LAYER, eventObject: { arg: 0, eventKey: 'dataLayer.event' } } },
            // `TagManager.initialize({ gtmId, dataLayer: { … } })` pushes its `dataLayer` object as the container starts.
            initialize: { call: { kind: 'init', label: DATA_LAYER, eventObject: { arg: 0, eventKey: 'dataLayer.event' } } },
          },
        },
      },
    },
    {
      packages: ['@next/third-parties/google'],
      loadsPixel: false,
      exports: {
        sendGTMEvent: pushEvent,
        // sendGAEvent(...args) forwards gtag() arguments.
        sendGAEvent: { call: { commands: gtagCommands } },
        // `<GoogleTagManager gtmId dataLayer={{ … }} />` pushes its `dataLayer` object as the container starts.
        GoogleTagManager: { element: { props: ['dataLayer'], call: { kind: 'init', label: DATA_LAYER, eventObject: { arg: 0, eventKey: 'event' } } } },
        // `<GoogleAnalytics gaId="AW-…" />` loads gtag.js and configures that id.
        GoogleAnalytics: { element: { props: ['gaId'], call: { kind: 'init', pixelId: 0, vendorByPrefix: { ...toAds, arg: 0 } } } },
      },
    },
    {
      // Vue and Nuxt plugins: `this.$gtm.trackEvent({ event, … })` in components, `useGtm()`.
      packages: ['@gtm-support/vue-gtm', '@gtm-support/vue2-gtm', 'vue-gtm', '@nuxtjs/gtm', '@zadigetvoltaire/nuxt-gtm'],
      loadsPixel: false,
      exports: { useGtm: { returns: vueGtm } },
      provides: { $gtm: vueGtm },
    },
    {
      // Angular: the injected `GoogleTagManagerService` (`this.gtm.pushTag({ event, … })`).
      packages: ['angular-google-tag-manager'],
      loadsPixel: false,
      exports: { GoogleTagManagerService: { instance: { members: { pushTag: pushEvent, addGtmToDom: { call: { kind: 'init' } } } } } },
    },
    {
      packages: ['react-ga4'],
      loadsPixel: false,
      exports: {
        default: {
          members: {
            // `event(name, params)`, or the object form `event({ category, action, label })`: `action` is the event's name.
            event: { call: { kind: 'event', event: 0, params: 1, eventObject: { arg: 0, eventKey: 'action' } } },
            gtag: { call: { commands: gtagCommands } },
            set: { call: { kind: 'config', params: 0 } },
            // `send({ hitType: 'pageview', page })`, `send({ hitType: 'event', eventAction })`: the hit's fields are its parameters.
            send: { call: { kind: 'event', params: 0, eventNameKeys: ['eventAction'] } },
            // `ReactGA.initialize('AW-…')` configures a Google Ads id, as `gtag('config', 'AW-…')` does; so does
            // the list form, `initialize([{ trackingId: 'G-…' }, { trackingId: 'AW-…' }])`.
            initialize: { call: { kind: 'init', pixelId: 0, vendorByPrefix: { ...toAds, arg: 0, key: 'trackingId' } } },
          },
        },
      },
    },
    {
      packages: ['ga-gtag'],
      loadsPixel: false,
      exports: { default: { call: { commands: gtagCommands } }, gtag: { call: { commands: gtagCommands } } },
    },
  ],
  gtm: {
    tagTypes: ['gaawe', 'googtag', 'gaawc', 'ua', 'sgtmgaaw'],
  },
};

export const googleAds: VendorSpec = {
  id: 'google-ads',
  name: 'Google Ads',
  kind: 'ads',
  urls: [
    { host: 'www.googletagmanager.com', path: '/gtag/js', query: 'id=AW-', label: 'gtag.js with a Google Ads id', role: 'loader' },
    { host: 'www.googletagmanager.com', path: '/gtag/js', query: 'id=DC-', label: 'gtag.js with a Floodlight id', role: 'loader' },
    { host: 'www.googleadservices.com', path: '/pagead/conversion', label: 'conversion script', role: 'loader' },
    { host: 'googleads.g.doubleclick.net', path: '/pagead/', label: 'conversion beacon', role: 'beacon' },
    // Floodlight (Campaign Manager 360 / Display & Video 360, GTM's flc and fls tags) written out: the iframe
    // `https://4569416.fls.doubleclick.net/activityi;src=…;type=…;cat=…;ord=…?` and the image
    // `ad.doubleclick.net/ddm/activity/src=…` (https://support.google.com/campaignmanager/answer/2823450).
    { host: 'fls.doubleclick.net', subdomains: true, path: '/activityi', label: 'Floodlight iframe tag', role: 'beacon', matrixParams: true },
    { host: 'fls.doubleclick.net', subdomains: true, path: '/activityj', label: 'Floodlight tag', role: 'beacon', matrixParams: true },
    { host: 'ad.doubleclick.net', path: '/ddm/activity', label: 'Floodlight image tag', role: 'beacon', matrixParams: true },
    { host: 'ad.doubleclick.net', path: '/activity', label: 'Floodlight image tag', role: 'beacon', matrixParams: true },
    // The Google Ads API's uploads of conversions and user data (`customers/…:uploadClickConversions`,
    // `:uploadCallConversions`, `:uploadConversionAdjustments`, `:uploadUserData`, offline user-data
    // jobs), e.g. Stape's offline-conversion template. Reports and campaign management
    // (`googleAds:search`, `campaigns:mutate`) send no visitor data.
    { host: 'googleads.googleapis.com', path: '/*/customers/*:upload', label: 'Google Ads API upload', role: 'server-api' },
    { host: 'googleads.googleapis.com', path: '/*/customers/*/offlineUserDataJobs', label: 'Google Ads API offline user data job', role: 'server-api' },
  ],
  globals: [
    // Enhanced conversions' global-variable method: the conversion tag reads the visitor's data from it.
    { name: 'enhanced_conversion_data', assigned: { kind: 'identify', identity: 0 } },
  ],
  wrappers: [
    {
      // The `google-ads-api` client: `new GoogleAdsApi(…).Customer(…)` uploads conversions and user
      // data as the API's `:upload…` URLs do; reports and campaign management send no visitor data.
      packages: ['google-ads-api'],
      loadsPixel: false,
      exports: {
        GoogleAdsApi: {
          instance: {
            members: {
              Customer: {
                returns: {
                  members: {
                    conversionUploads: { members: { uploadClickConversions: adsUpload, uploadCallConversions: adsUpload } },
                    conversionAdjustmentUploads: { members: { uploadConversionAdjustments: adsUpload } },
                    userDataService: { members: { uploadUserData: adsUpload } },
                    offlineUserDataJobs: { members: { addOfflineUserDataJobOperations: adsUpload } },
                  },
                },
              },
            },
          },
        },
      },
    },
  ],
  gtm: {
    tagTypes: ['awct', 'sp', 'awud', 'awcc', 'flc', 'fls', 'sgtmadsct', 'sgtmadsremarket'],
  },
};
