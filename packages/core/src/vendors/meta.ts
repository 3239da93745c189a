import type { ApiNode, CallShape, CommandTable, VendorSpec } from './types.js';
import { PIXEL_WRAPPER_MEMBERS } from './wrappers.js';

const event = (arg: number): CallShape => ({ kind: 'event', event: arg, params: arg + 1 });

/**
 * `facebook-nodejs-business-sdk`'s Conversions API classes (its `serverside` objects, as of v26):
 * builders whose fields are each set by an accessor (`ud.emails = […]`) or its setter
 * (`setEmails([…])`, which returns the builder), or by the constructor's arguments in order. Field
 * keys are the ones identity and parameter tables know (`st` for the state); `null` is a field that
 * is neither an identifier nor a descriptive parameter.
 */
const identifier = (key: string): CallShape => ({ kind: 'identify', identity: 0, fields: [key] });
const parameter = (key: string): CallShape => ({ kind: 'other', params: 0, fields: [key] });
/** `set` + the accessor in camel case: `dates_of_birth` → `setDatesOfBirth`, `f5first` → `setF5First`. */
const setterOf = (accessor: string): string => `set${accessor.replace(/(?:^|_)([a-z])|(\d)([a-z])/gu, (_, a: string | undefined, d: string, b: string) => (a ? a.toUpperCase() : d + b.toUpperCase()))}`;
const builder = (construct: CallShape, accessors: Readonly<Record<string, CallShape>>, methods: Readonly<Record<string, CallShape>> = {}): ApiNode => ({
  construct,
  instance: {
    builder: true,
    members: Object.fromEntries([...Object.entries(accessors).map(([name, call]) => [setterOf(name), { call }] as const), ...Object.entries(methods).map(([name, call]) => [name, { call }] as const)]),
    properties: accessors,
  },
});
/** Accessors that set the same field (`email`, `emails`). */
const each = (shape: (key: string) => CallShape, byKey: Readonly<Record<string, readonly string[]>>): Record<string, CallShape> =>
  Object.fromEntries(Object.entries(byKey).flatMap(([key, accessors]) => accessors.map((a) => [a, shape(key)] as const)));

const userData = builder(
  {
    kind: 'identify',
    identity: 0,
    // (email, phone, gender, first_name, last_name, date_of_birth, city, state, zip, country, external_id, client_ip_address,
    //  client_user_agent, fbp, fbc, subscription_id, fb_login_id, lead_id, dobd, dobm, doby, madid, anon_id, app_user_id, …)
    fields: ['email', 'phone', 'gender', 'first_name', 'last_name', 'date_of_birth', 'city', 'st', 'zip', null, 'external_id', 'client_ip_address', null, null, null, null, 'external_id', 'external_id', 'date_of_birth', 'date_of_birth', 'date_of_birth', 'madid', 'external_id', 'external_id'],
  },
  each(identifier, {
    email: ['email', 'emails'],
    phone: ['phone', 'phones'],
    gender: ['gender', 'genders'],
    first_name: ['first_name', 'first_names', 'f5first', 'fi'],
    last_name: ['last_name', 'last_names', 'f5last'],
    date_of_birth: ['date_of_birth', 'dates_of_birth', 'dobd', 'dobm', 'doby'],
    city: ['city', 'cities'],
    st: ['state', 'states'],
    zip: ['zip', 'zips'],
    // Login, lead and app-user ids name one person as the advertiser's own id does.
    external_id: ['external_id', 'external_ids', 'fb_login_id', 'lead_id', 'app_user_id', 'anon_id'],
    client_ip_address: ['client_ip_address'],
    madid: ['madid'],
  }),
);
const customData = builder(
  {
    kind: 'other',
    params: 0,
    // The order since v22.0.3 (`net_revenue` second).
    fields: ['value', 'net_revenue', 'currency', 'content_name', 'content_category', 'content_ids', 'contents', 'content_type', 'order_id', 'predicted_ltv', 'num_items', 'search_string', 'status', 'item_number', 'delivery_category', 'custom_properties'],
  },
  {
    ...each(parameter, { content_name: ['content_name'], content_category: ['content_category'], content_ids: ['content_ids'], content_type: ['content_type'], search_string: ['search_string'], status: ['status'], item_number: ['item_number'] }),
    custom_properties: { kind: 'other', params: 0 },
  },
  // `add_custom_property('condition', value)`: one custom property (not chainable).
  { add_custom_property: { kind: 'other', params: 0, keyArg: 0 } },
);
const content = builder(
  { kind: 'other', params: 0, fields: ['id', 'quantity', 'item_price', 'title', 'description', 'brand', 'category', 'delivery_category'] },
  each(parameter, { id: ['id'], title: ['title'], description: ['description'], brand: ['brand'], category: ['category'] }),
);
const serverEvent = builder(
  // (event_name, event_time, event_source_url, user_data, custom_data, app_data, event_id, opt_out, action_source, …, referrer_url)
  { kind: 'event', eventObject: { arg: 0, eventKey: 'event_name' }, fields: ['event_name', null, 'event_source_url', ...Array<null>(14).fill(null), 'referrer_url'] },
  { event_name: { kind: 'event', event: 0 }, ...each(parameter, { event_source_url: ['event_source_url'], referrer_url: ['referrer_url'] }) },
  // The request's IP address (also its cookies and URLs) fills in the user data.
  { setRequestContext: identifier('client_ip_address') },
);
// The request is the Conversions API client: making one sends events to Meta from the server.
const eventRequest = builder({ kind: 'init', pixelId: 1, server: true }, {});
// `new AdsPixel(pixelId).createEvent([], { data })`: the raw Conversions API call `EventRequest` makes
// (the class is otherwise the Marketing API's, so only this method counts).
const adsPixel: ApiNode = { instance: { members: { createEvent: { call: { kind: 'init', server: true, payload: 1 } } } } };
// `new CustomAudience(id).createUser([], { payload: { schema, data } })`: a customer list uploaded to an
// audience (`/{audience}/users`); its rows are identifiers. Uploading is a server client of Meta's, as
// the raw `/users` URL is; managing the audience sends none.
const upload = (arg: number, server = false): ApiNode => ({ call: server ? { kind: 'init', server: true, payload: arg } : { kind: 'other', payload: arg } });
const customAudience: ApiNode = { instance: { members: { createUser: upload(1, true), createUsersReplace: upload(1, true), deleteUsers: upload(0) } } };
const conversionsApi: Readonly<Record<string, ApiNode>> = {
  UserData: userData,
  CustomData: customData,
  Content: content,
  ServerEvent: serverEvent,
  EventRequest: eventRequest,
  AdsPixel: adsPixel,
  CustomAudience: customAudience,
};

/** `fbq(command, …)`, also as the Nuxt plugins hand it on (`$fbq(…)`, `$fb.query(…)`). */
const fbqCommands: CommandTable = {
  commands: {
    init: { kind: 'init', pixelId: 1, identity: 2 },
    track: event(1),
    trackCustom: event(1),
    trackSingle: { kind: 'event', pixelId: 1, event: 2, params: 3 },
    trackSingleCustom: { kind: 'event', pixelId: 1, event: 2, params: 3 },
    setUserProperties: { kind: 'identify', pixelId: 1, identity: 2 },
    consent: { kind: 'consent' },
    // `fbq('set', 'userData', { em, ph })`: matching data set after `init`, as many sites write it; any other `set` is a setting.
    set: [{ when: { arg: 1, equals: 'userData' }, kind: 'identify', identity: 2 }, { kind: 'config' }],
    dataProcessingOptions: { kind: 'config' },
  },
};

/** `$fb` of `nuxt-facebook-pixel-module` and its forks: `this.$fb.track(name, params)`, `$fb.query('trackCustom', …)`. */
const nuxtFb: ApiNode = {
  members: {
    track: { call: event(0) },
    query: { call: fbqCommands },
    setUserData: { call: { kind: 'identify', identity: 0 } },
    init: { call: { kind: 'init' } },
    enable: { call: { kind: 'init' } },
    disable: { call: { kind: 'other' } },
    setPixelId: { call: { kind: 'init', pixelId: 0 } },
  },
};

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
    // Custom Audiences: a customer list added to (or replacing) an audience's users.
    { host: 'graph.facebook.com', path: '/*/*/users', label: 'Custom Audience upload', role: 'server-api' },
    { host: 'graph.facebook.com', path: '/*/*/usersreplace', label: 'Custom Audience upload', role: 'server-api' },
  ],
  globals: [
    {
      name: 'fbq',
      call: fbqCommands,
    },
  ],
  wrappers: [
    {
      packages: ['react-facebook-pixel', '@bettercart/react-facebook-pixel', 'react-meta-pixel', 'react-fbq', 'meta-pixel'],
      loadsPixel: true,
      exports: {
        default: {
          members: {
            ...PIXEL_WRAPPER_MEMBERS,
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
      // Nuxt modules: set up in `nuxt.config`, then `$fbq(…)` (nuxt-meta-pixel) or `$fb` (the others)
      // on the Nuxt app and every component.
      packages: ['nuxt-meta-pixel', 'nuxt3-meta-pixel', 'nuxt-facebook-pixel-module', '@wahyuade/nuxt-facebook-pixel-module', 'nuxt-facebook-pixels-module', 'nuxt-fb-pixel-module'],
      loadsPixel: true,
      exports: {},
      provides: { $fbq: { call: fbqCommands }, $fb: nuxtFb },
    },
    {
      // Angular: a service the injector hands out (`constructor(private pixel: PixelService)`, `inject(PixelService)`).
      packages: ['ngx-pixel'],
      loadsPixel: true,
      exports: {
        PixelService: {
          instance: {
            members: {
              track: { call: event(0) },
              trackCustom: { call: event(0) },
              initialize: { call: { kind: 'init', pixelId: 0 } },
              remove: { call: { kind: 'other' } },
            },
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
      // `new FacebookPixel({ pixelID })`: `init(userData)` is `fbq('init', pixelID, userData)`.
      packages: ['react-use-facebook-pixel'],
      loadsPixel: true,
      exports: {
        FacebookPixel: {
          instance: {
            members: {
              init: { call: { kind: 'init', identity: 0 } },
              trackEvent: { call: event(0) },
            },
          },
        },
      },
    },
    {
      packages: [
        '@adkit.so/meta-pixel',
        'vue-facebook-pixel',
        'vue-analytics-facebook-pixel',
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
