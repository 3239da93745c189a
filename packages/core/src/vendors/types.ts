/**
 * Vendor knowledge as data. A detector never names a vendor in code: it walks these tables.
 * Adding a vendor = a new module in this folder, an entry in `index.ts`, and tests.
 */

export type VendorId =
  | 'tiktok'
  | 'meta'
  | 'google-ads'
  | 'google-tag'
  | 'snap'
  | 'pinterest'
  | 'linkedin'
  | 'x'
  | 'reddit'
  | 'criteo'
  | 'microsoft'
  | 'adroll'
  | 'amazon'
  | 'applovin'
  | 'nextdoor'
  | 'outbrain'
  | 'quora'
  | 'spotify'
  | 'stackadapt'
  | 'taboola'
  | 'tradedesk'
  | 'tvscientific'
  | 'yahoo'
  | 'xandr'
  | 'admedo';

/** `ads`: an ad platform (no BAA; pixel presence alone is a finding). `analytics`/`tag-manager`: checked for what they send. */
export type VendorKind = 'ads' | 'analytics' | 'tag-manager';

export type CallKind = 'event' | 'identify' | 'init' | 'page' | 'consent' | 'config' | 'other';

/** What a call does with its arguments. Indexes are argument positions. */
export interface CallShape {
  kind: CallKind;
  /** Whom messages name instead of the vendor: `dataLayer.push` hands its data to Google Tag Manager's data layer, for any tag of the container to send on. */
  label?: string;
  /** Argument holding the event name. */
  event?: number;
  /** Argument holding the event parameters object. */
  params?: number;
  /** Argument holding identity data (advanced matching): always identifiers. */
  identity?: number;
  /** Argument holding the pixel/account id (for messages). */
  pixelId?: number;
  /**
   * The params object is a beacon URL's query (`ud[em]`, `cd[content_name]`): a key names the field in
   * its brackets, and every identity key is an identifier (it is the vendor's own wire format).
   */
  query?: boolean;
  /** Argument that is an object whose `eventKey` names the event and whose other keys are parameters (`dataLayer.push({event})`). */
  eventObject?: { arg: number | 'each'; eventKey: string; identityEvents?: readonly string[] };
  /** Parameter keys that, when true, make the vendor collect identifiers by itself (`allow_enhanced_conversions`). */
  identityFlags?: readonly string[];
  /** Parameter keys that name a custom event (`rdt('track','Custom',{customEventName})`). */
  eventNameKeys?: readonly string[];
  /** Argument holding a server-side request payload (Events API, Conversions API): searched for event names, properties and identity containers. */
  payload?: number;
  /** The endpoint's own payload keys for event names, properties and identifiers (GA4 Measurement Protocol's `events[].name` and `params`, TikTok's `context`). */
  payloadKeys?: UrlFingerprint['payloadKeys'];
  /**
   * The arguments are each one field's value, in order (`setEmail(email)`, `new UserData(email, phone)`):
   * the call reads as one object with these keys, at `identity` or `params` (which are then 0).
   */
  fields?: ReadonlyArray<string | null>;
  /** The argument that names the key the next argument is set under (`add_custom_property('condition', v)`): read as `{ [key]: v }` at `params`. */
  keyArg?: number;
  /**
   * An `init` that sets up a server-side events client (`new EventRequest(token, pixelId)`), not a
   * browser pixel; or an event sent to a server endpoint's URL (`/events?access_token=…`).
   */
  server?: boolean;
  /** Another vendor owns the call when an argument starts with a prefix (`gtag('config','AW-…')` → Google Ads); with `key`, also an id under that key of a list's objects. */
  vendorByPrefix?: { arg: number; prefixes: readonly string[]; vendor: VendorId; key?: string };
}

/** A command-style API: argument 0 picks the shape (`fbq('track', …)`). */
export interface CommandTable {
  commands: Readonly<Record<string, CallShape | readonly ConditionalShape[]>>;
  /** The shape of a call whose argument 0 is an object instead of a command (UET's older `uetq.push({ ea, ec, el })`). */
  object?: CallShape;
}

/** A shape that applies only when an argument equals a string (`gtag('set','user_data',…)`). */
export interface ConditionalShape extends CallShape {
  when?: { arg: number; equals: string };
}

/** A node of a vendor's JS API: what calling it does, and what its members are. */
export interface ApiNode {
  call?: CallShape | CommandTable;
  members?: Readonly<Record<string, ApiNode>>;
  /** Calling this member returns the root API again (`ttq.instance(id).track`). */
  returnsRoot?: boolean;
  /** Properties assigned on this object are advanced-matching data (`rdt.config.em = hash`). */
  identityObject?: boolean;
  /** Setting this global is a call of this shape with the value as its argument (`window.enhanced_conversion_data = { email }`). */
  assigned?: CallShape;
  /** What `new` of this does with its arguments (`new UserData(email, phone)`). */
  construct?: CallShape;
  /** The object `new` of this makes (`new ServerEvent()`). */
  instance?: ApiNode;
  /** Its methods return the object itself, for chaining (`new UserData().setEmail(e).setPhone(p)`). */
  builder?: boolean;
  /** Properties whose assignment is a call of this shape with the value as its argument (`userData.email = e`). */
  properties?: Readonly<Record<string, CallShape>>;
  /** What calling this returns (`useGtm()`: the plugin's object). */
  returns?: ApiNode;
  /**
   * Rendering this component is a call of this shape whose arguments are the values of these props,
   * in order (`<GoogleAnalytics gaId="AW-…" />` is `gtag('config', 'AW-…')`).
   */
  element?: { props: readonly string[]; call: CallShape };
}

export interface GlobalApi extends ApiNode {
  /** Global variable name (`ttq`, `fbq`, `dataLayer`). */
  name: string;
  /**
   * A same-named local function declaration that forwards `arguments` is the vendor stub itself
   * (`function gtag(){dataLayer.push(arguments)}`), not a shadowing local.
   */
  localStub?: boolean;
}

export interface WrapperPackage {
  /** npm package names (and subpaths) that expose the API. */
  packages: readonly string[];
  /** Export name → API; `default` also serves `import * as X` and `require()`. */
  exports: Readonly<Record<string, ApiNode>>;
  /** Loading this package installs the vendor's pixel (reported by `no-tracking-pixel`). */
  loadsPixel: boolean;
  /**
   * What its Vue or Nuxt plugin adds to every component and to the Nuxt app, by property name
   * (`this.$fb`, `useNuxtApp().$fbq`). The plugin is set up in another file (`nuxt.config`,
   * `main.ts`), so these names are read in every file.
   */
  provides?: Readonly<Record<string, ApiNode>>;
}

export interface UrlFingerprint {
  /** Host, lower case, without a port (`analytics.tiktok.com`). Subdomains do not match unless listed or `subdomains` is set. */
  host: string;
  /** Any subdomain of `host` matches too (Floodlight's `4569416.fls.doubleclick.net`, named for the advertiser). */
  subdomains?: boolean;
  /** Path prefix that must follow the host (`/i18n/pixel/`); omit when every URL on the host is tracking. */
  path?: string;
  /** A string that must appear in the query (`id=AW-`). */
  query?: string;
  /** Human label used in messages (`events.js loader`). */
  label: string;
  /** Loader scripts and beacons count as pixel presence; server endpoints (Events API) too. */
  role: 'loader' | 'beacon' | 'server-api';
  /** Query parameters of a beacon on this URL that name the event, besides `ev`, `event`, `en` (UET: `ea`). */
  eventParams?: readonly string[];
  /** Query parameters that carry a custom event's own name (`event=Custom&m.customEventName=…`): read as event names. */
  customEventParams?: readonly string[];
  /** Parameters written as `;key=value` after the path (Floodlight's `activityi;src=…;cat=…;u1=…`), read as the query is. */
  matrixParams?: boolean;
  /**
   * A server endpoint's payload keys for event names, properties and objects of identifiers, besides
   * the common ones (`event_name`, `custom_data`, `user_data`, …); `flat` when the payload's own keys
   * are the event's properties (Snap's v2 Conversions API: `{ event_type, hashed_email, item_category }`).
   */
  payloadKeys?: { events?: readonly string[]; properties?: readonly string[]; identity?: readonly string[]; flat?: boolean };
}

export interface GtmSpec {
  /** Built-in GTM tag type codes (`awct`, `bzi`). */
  tagTypes?: readonly string[];
  /** Custom-template gallery owners and repositories (`tiktok/gtm-template-pixel`), lower case. */
  galleryRepos?: readonly string[];
  /** Owners whose every gallery template belongs to the vendor (`tiktok`). */
  galleryOwners?: readonly string[];
  /** Matches a template's display name or brand (`/tik\s?tok/i`). */
  templateName?: RegExp;
}

export interface VendorSpec {
  id: VendorId;
  /** Display name used in messages (`TikTok`, `Meta`). */
  name: string;
  kind: VendorKind;
  /** Identifier or string names only this vendor's base code has (`TiktokAnalyticsObject`). */
  markers?: readonly string[];
  urls?: readonly UrlFingerprint[];
  globals?: readonly GlobalApi[];
  wrappers?: readonly WrapperPackage[];
  gtm?: GtmSpec;
}
