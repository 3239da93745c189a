import type { ApiNode, CallShape, VendorSpec } from './types.js';

const event = (arg: number): CallShape => ({ kind: 'event', event: arg, params: arg + 1 });

/**
 * `facebook-nodejs-business-sdk`'s Conversions API classes (its `serverside` objects): builders whose
 * setters each take one field (`new UserData().setEmail(e).setPhone(p)`), or whose constructors take
 * them in order. Keys are the ones identity and parameter tables know (`st` for the state).
 */
const builder = (construct: CallShape, setters: Readonly<Record<string, CallShape>>): ApiNode => ({
  construct,
  instance: { builder: true, members: Object.fromEntries(Object.entries(setters).map(([name, call]) => [name, { call }])) },
});
/** Setters named after each field (`setEmail`, `setEmails` → `email`). */
const setters = (kind: 'identity' | 'params', byKey: Readonly<Record<string, readonly string[]>>): Record<string, CallShape> =>
  Object.fromEntries(
    Object.entries(byKey).flatMap(([key, names]) =>
      names.map((name) => [`set${name}`, kind === 'identity' ? { kind: 'identify', identity: 0, fields: [key] } : { kind: 'other', params: 0, fields: [key] }] as const),
    ),
  );
const userData = builder(
  {
    kind: 'identify',
    identity: 0,
    fields: ['email', 'phone', 'gender', 'first_name', 'last_name', 'date_of_birth', 'city', 'st', 'zip', 'country', 'external_id', 'client_ip_address', 'client_user_agent', 'fbp', 'fbc', 'subscription_id', 'external_id', 'external_id', 'date_of_birth', 'date_of_birth', 'date_of_birth', 'madid', 'external_id', 'external_id'],
  },
  setters('identity', {
    email: ['Email', 'Emails'],
    phone: ['Phone', 'Phones'],
    gender: ['Gender', 'Genders'],
    first_name: ['FirstName', 'FirstNames', 'F5First', 'Fi'],
    last_name: ['LastName', 'LastNames', 'F5Last'],
    date_of_birth: ['DateOfBirth', 'DatesOfBirth', 'Dobd', 'Dobm', 'Doby'],
    city: ['City', 'Cities'],
    st: ['State', 'States'],
    zip: ['Zip', 'Zips'],
    // Login, lead and app-user ids name one person as the advertiser's own id does.
    external_id: ['ExternalId', 'ExternalIds', 'FbLoginId', 'LeadId', 'AppUserId', 'AnonId'],
    client_ip_address: ['ClientIpAddress'],
    madid: ['Madid'],
  }),
);
const customDataFields = ['value', 'currency', 'content_name', 'content_category', 'content_ids', 'contents', 'content_type', 'order_id', 'predicted_ltv', 'num_items', 'search_string', 'status', 'item_number', 'delivery_category', 'custom_properties'];
const customData = builder(
  { kind: 'other', params: 0, fields: customDataFields },
  {
    ...setters('params', { content_name: ['ContentName'], content_category: ['ContentCategory'], content_ids: ['ContentIds'], content_type: ['ContentType'], search_string: ['SearchString'], status: ['Status'], item_number: ['ItemNumber'] }),
    setCustomProperties: { kind: 'other', params: 0 },
  },
);
const content = builder(
  { kind: 'other', params: 0, fields: ['id', 'quantity', 'item_price', 'title', 'description', 'brand', 'category', 'delivery_category'] },
  setters('params', { title: ['Title'], description: ['Description'], brand: ['Brand'], category: ['Category'] }),
);
const serverEvent = builder(
  { kind: 'event', event: 0 },
  { setEventName: { kind: 'event', event: 0 }, ...setters('params', { event_source_url: ['EventSourceUrl'] }) },
);
// The request is the Conversions API client: making one sends events to Meta from the server.
const eventRequest = builder({ kind: 'init', pixelId: 1, server: true }, {});
const conversionsApi: Readonly<Record<string, ApiNode>> = { UserData: userData, CustomData: customData, Content: content, ServerEvent: serverEvent, EventRequest: eventRequest };

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
      // Also the Marketing API (ads management): only its Conversions API classes are tracking.
      packages: ['facebook-nodejs-business-sdk'],
      loadsPixel: false,
      exports: { default: { members: conversionsApi }, ...conversionsApi },
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
