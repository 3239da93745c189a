/**
 * Which custom-template fields carry what, per template family. Data only: the analyzer reads these
 * tables; adding a template is a new entry here (with a fixture), not new code.
 *
 * Sources: gtm-format.md §3 (template.tpl of each repository at the commits listed there) and the
 * real exports in shared/corpus/gtm.
 */
import type { IdentityField, VendorId } from '@phiguard/core';

/** A condition on another field of the same tag (template `enablingConditions`, e.g. TikTok `hash`). */
export interface Gate {
  key: string;
  /** Values that enable the field. */
  values: readonly string[];
  /** Whether the field counts when `key` is absent (the template's default). */
  ifMissing: boolean;
}

/** One condition, or several that must all hold (an event-name field under two radios). */
export type When = Gate | readonly Gate[];

export interface TableSpec {
  /** Parameter key of the LIST-of-MAP table. */
  key: string;
  /** Column naming the row (`name`, `key`, `parameter`). */
  nameColumn: string;
  /** Column with the value. */
  valueColumn: string;
  when?: When;
}

export interface IdentitySpec {
  key: string;
  /** Defaults to `identityField(key)`. */
  field?: IdentityField;
  hashed?: boolean;
  when?: When;
}

export interface EventNameSpec {
  key: string;
  when?: When;
}

export interface TemplateSpec {
  id: string;
  /** Gallery `owner/repository`, lower case. */
  galleryRepos?: readonly string[];
  /** For templates imported from a file (no gallery reference). */
  displayName?: RegExp;
  /** Also for those, renamed: what the template's code must all contain (its own function names, the endpoint). */
  code?: readonly RegExp[];
  vendor?: VendorId;
  context?: 'WEB' | 'SERVER';
  /** How the template sends identifiers, for messages (`ttq.identify()`). */
  call: string;
  eventName?: readonly EventNameSpec[];
  /** The event the template sends when no event-name field is set (`{{Event}}`: the data-layer event). */
  defaultEventName?: string;
  identity?: readonly IdentitySpec[];
  identityTables?: readonly TableSpec[];
  /** Free-text fields sent as event properties; `{ key, when }` when another field decides whether it is sent. */
  properties?: ReadonlyArray<string | { key: string; when: When }>;
  /** Fields that name a variable returning the event properties as an object. */
  objectVariables?: readonly string[];
  propertyTables?: readonly TableSpec[];
  /** Fields that name a variable carrying identifiers (`userDataVariable` → a User-Provided Data variable). */
  identityVariables?: readonly string[];
  /** Fields naming a settings variable (GA4 `gtes`/`gtcs`) whose table rows are sent as parameters too. */
  settingsVariables?: ReadonlyArray<{ key: string; table: TableSpec }>;
  /** Checkboxes that attach identifiers (`enableEnhancedConversion`). */
  identityFlags?: ReadonlyArray<{ key: string; values: readonly string[]; fields: readonly IdentityField[]; label: string }>;
  /** Identifiers the template reads by itself, without any field set; the first whose condition holds is reported. */
  implicitIdentity?: readonly ImplicitIdentity[];
  /** The template checks consent (`access_consent`) only when this holds (a "consent mode" checkbox). */
  consentCheck?: When;
  /** A server template that can also have the visitor's browser load the vendor's pixel does so only when this holds. */
  browserPixel?: When;
}

export interface ImplicitIdentity {
  fields: readonly IdentityField[];
  source: string;
  when?: When;
  /** Read whatever the fields set: rows only override some identifiers, and the others still go (reported then). */
  always?: boolean;
  /** Where those others come from, in the finding (`the event data` unless said). */
  via?: string;
}

const nonHashed: Gate = { key: 'hash', values: ['non-hashed', 'false'], ifMissing: true };
const hashed: Gate = { key: 'hash', values: ['hashed', 'true'], ifMissing: false };

/**
 * TikTok's templates show their property fields only when the tag sends its own data rather than the
 * data layer's e-commerce data (web: "Enhanced E-commerce" off; Events API: "Use Custom Data"), and
 * the single-content ones only for a single content: a value left in a hidden field is not sent.
 */
const tiktokProperties = (ownData: Gate): TemplateSpec['properties'] => {
  const single: Gate = { key: 'single_multi_product', values: ['single'], ifMissing: true };
  return [
    ...['content_name', 'content_category', 'content_type'].map((key) => ({ key, when: [ownData, single] })),
    ...['description', 'query', 'status', 'brand'].map((key) => ({ key, when: ownData })),
    'url',
    'referrer',
  ];
};
const tiktokTables: readonly TableSpec[] = [{ key: 'custom_properties', nameColumn: 'key', valueColumn: 'value' }];
const tiktokIdentity: readonly IdentitySpec[] = [
  { key: 'email', when: nonHashed },
  { key: 'phone', when: nonHashed },
  { key: 'external_id', when: nonHashed },
  { key: 'sha256_email', field: 'email', hashed: true, when: hashed },
  { key: 'sha256_phone', field: 'phone', hashed: true, when: hashed },
  { key: 'sha256_external_id', field: 'external id', hashed: true, when: hashed },
];

// Stape LinkedIn CAPI: `type` conversion (the default) sends user data; page_view only a browser pixel.
const linkedinConversion: Gate = { key: 'type', values: ['conversion'], ifMissing: true };

/**
 * Stape's TikTok Pixel template (stape-io/tiktok-web-tag): "Event Name Setup Method" `eventNameSetupMethod`
 * is `override` (the default) or `inherit` (the data layer's event), and under override the `eventName`
 * radio picks `eventNameStandard` or `eventNameCustom`.
 */
const stapeOverrideMethod: Gate = { key: 'eventNameSetupMethod', values: ['override'], ifMissing: true };
const stapeTikTokWebEventName: readonly EventNameSpec[] = [
  { key: 'eventNameStandard', when: [stapeOverrideMethod, { key: 'eventName', values: ['standard'], ifMissing: true }] },
  { key: 'eventNameCustom', when: [stapeOverrideMethod, { key: 'eventName', values: ['custom'], ifMissing: false }] },
];
/**
 * Stape's Events API templates for TikTok and Reddit (stape-io/tiktok-tag, stape-io/reddit-tag): the `eventType`
 * radio is `standard` (the default; the name is the `eventName` select), `custom` (`eventNameCustom`) or
 * `inherit` (the event's own name).
 */
const stapeEventTypeName: readonly EventNameSpec[] = [
  { key: 'eventName', when: { key: 'eventType', values: ['standard'], ifMissing: true } },
  { key: 'eventNameCustom', when: { key: 'eventType', values: ['custom'], ifMissing: false } },
];
/**
 * Stape's Facebook templates (Conversions API at 8093c37, browser pixel at ce6118a): "Event Name Setup
 * Method" `inheritEventName` is `inherit` (the event's own name, GA4 names mapped to Meta's, others
 * passed on) or `override`, and then `eventName` picks `eventNameStandard` or, otherwise, `eventNameCustom`.
 */
const stapeOverride: Gate = { key: 'inheritEventName', values: ['override'], ifMissing: true };
const stapeMetaEventName: readonly EventNameSpec[] = [
  { key: 'eventNameStandard', when: [stapeOverride, { key: 'eventName', values: ['standard'], ifMissing: false }] },
  { key: 'eventNameCustom', when: [stapeOverride, { key: 'eventName', values: ['custom'], ifMissing: true }] },
];
/** Both Snap Conversions API templates (Stape's and Snap's own) take these fields. */
const snapCapi = {
  vendor: 'snap',
  context: 'SERVER',
  call: 'the Snap Conversions API template (user data)',
  eventName: [{ key: 'eventName' }, { key: 'eventNameCustom' }, { key: 'eventNameStandard' }],
  defaultEventName: '{{Event Name}}',
  identityTables: [{ key: 'userDataList', nameColumn: 'name', valueColumn: 'value' }],
  propertyTables: [{ key: 'customDataList', nameColumn: 'name', valueColumn: 'value' }],
} as const;
/** The browser pixel sends user data only with "Enable Advanced Matching" (`enableEdvancedMatching`, sic). */
const stapeAdvancedMatching: Gate = { key: 'enableEdvancedMatching', values: ['true'], ifMissing: true };

/** The Meta pixel's automatic advanced matching, which web templates leave on unless `disableAutoConfig` is checked. */
const metaAutoConfig: ImplicitIdentity = {
  fields: ['email', 'phone'],
  source: "the Meta pixel's automatic advanced matching (autoConfig, on unless the template's disableAutoConfig is checked), which reads email and phone fields from forms on the page",
  when: { key: 'disableAutoConfig', values: ['false'], ifMissing: true },
};

/** Amazon Ad Tag: "Manual" configuration mode (the default), where the fields say what is sent. */
const amazonManual: Gate = { key: 'configMode', values: ['manual'], ifMissing: true };

export const TEMPLATE_SPECS: readonly TemplateSpec[] = [
  {
    id: 'tiktok-pixel',
    galleryRepos: ['tiktok/gtm-template-pixel'],
    displayName: /^tiktok pixel$/iu,
    vendor: 'tiktok',
    context: 'WEB',
    call: 'ttq.identify() in the TikTok Pixel template',
    eventName: [{ key: 'event' }],
    defaultEventName: '{{Event}}',
    identity: tiktokIdentity,
    properties: tiktokProperties({ key: 'enhance_ecomm', values: ['false'], ifMissing: true }),
    propertyTables: tiktokTables,
    implicitIdentity: [{
      fields: ['email', 'phone', 'external id'],
      source:
        'the TikTok Pixel template itself, which reads user_data (email_address, phone_number) and tt_external_id from the data layer and calls ttq.identify() whenever they are present',
      // Its code reads them first, and the fields only override them.
      always: true,
      via: 'the data layer',
    }],
  },
  {
    id: 'tiktok-events-api',
    galleryRepos: ['tiktok/gtm-template-eapi'],
    displayName: /tiktok events api/iu,
    vendor: 'tiktok',
    context: 'SERVER',
    call: 'the TikTok Events API template (user fields)',
    eventName: [{ key: 'event' }],
    defaultEventName: '{{Event Name}}',
    // `user_agent` is sent too, but a browser's user-agent string identifies no one.
    identity: [...tiktokIdentity, { key: 'ip', field: 'IP address' }],
    properties: tiktokProperties({ key: 'object_property_source', values: ['custom'], ifMissing: true }),
    propertyTables: tiktokTables,
    implicitIdentity: [{
      fields: ['email', 'phone', 'external id', 'IP address'],
      source: 'the TikTok Events API template itself, which falls back to the event data (user_data.email_address, user_data.phone_number, user_id, ip_override)',
    }],
  },
  {
    id: 'stape-tiktok-web',
    galleryRepos: ['stape-io/tiktok-web-tag'],
    vendor: 'tiktok',
    call: 'ttq.identify() in the Stape TikTok Pixel template',
    eventName: stapeTikTokWebEventName,
    defaultEventName: '{{Event}}',
    identityTables: [{ key: 'userDataList', nameColumn: 'name', valueColumn: 'value' }],
    propertyTables: [
      { key: 'eventParametersList', nameColumn: 'name', valueColumn: 'value' },
      { key: 'additionalEventParametersList', nameColumn: 'name', valueColumn: 'value' },
    ],
    implicitIdentity: [{
      fields: ['email', 'phone'],
      source: 'the Stape TikTok Pixel template, whose advanced matching (on by default) reads user data from the data layer',
      when: { key: 'enableAdvancedMatching', values: ['true'], ifMissing: true },
    }],
  },
  {
    id: 'stape-tiktok-server',
    galleryRepos: ['stape-io/tiktok-tag'],
    vendor: 'tiktok',
    call: 'the Stape TikTok Events API template (userDataList)',
    eventName: stapeEventTypeName,
    defaultEventName: '{{Event Name}}',
    identityTables: [{ key: 'userDataList', nameColumn: 'name', valueColumn: 'value' }],
    propertyTables: [{ key: 'customDataList', nameColumn: 'name', valueColumn: 'value' }],
    // Its addUserData() has no switch: the rows only add to what it maps.
    implicitIdentity: [{
      fields: ['email', 'phone', 'name', 'external id', 'IP address'],
      source:
        'the Stape TikTok Events API template itself, which maps the incoming event data (email or email_address, phone or phone_number, first and last name, also under user_data; for web events external_id or user_id and ip_override) to TikTok user data',
    }],
  },
  {
    id: 'meta-pixel-web',
    galleryRepos: ['facebookarchive/googletagmanager-webtemplate-for-facebookpixel', 'facebook/googletagmanager-webtemplate-for-facebookpixel'],
    displayName: /^facebook pixel$/iu,
    vendor: 'meta',
    context: 'WEB',
    call: "fbq('init') advanced matching in the Facebook Pixel template",
    eventName: [
      { key: 'standardEventName', when: { key: 'eventName', values: ['standard'], ifMissing: true } },
      { key: 'customEventName', when: { key: 'eventName', values: ['custom'], ifMissing: false } },
      { key: 'variableEventName', when: { key: 'eventName', values: ['variable'], ifMissing: false } },
    ],
    identityTables: [{ key: 'advancedMatchingList', nameColumn: 'name', valueColumn: 'value', when: { key: 'advancedMatching', values: ['true'], ifMissing: false } }],
    propertyTables: [{ key: 'objectPropertyList', nameColumn: 'name', valueColumn: 'value' }],
    objectVariables: ['objectPropertiesFromVariable'],
    implicitIdentity: [metaAutoConfig],
  },
  {
    id: 'meta-capi-official',
    galleryRepos: ['facebookincubator/conversionsapi-tag-for-googletagmanager'],
    displayName: /conversions api tag/iu,
    vendor: 'meta',
    context: 'SERVER',
    call: 'the Meta Conversions API template (user_data)',
    defaultEventName: '{{Event Name}}',
    implicitIdentity: [{
      fields: ['email', 'phone', 'name', 'IP address'],
      source:
        'the Meta Conversions API template itself, which maps the incoming event data (user_data.email_address, phone_number, address, ip_override, user_agent) to Meta user data',
    }],
  },
  {
    // Its mapEvent always runs addUserData: the event's email, phone, names, address, external_id or
    // user_id and ip_override go to Meta whether or not userDataList has rows (read at a0438d0).
    id: 'stape-meta-capi',
    galleryRepos: ['stape-io/facebook-tag'],
    // Its versions since 2021 (the `capi-shopify` export's, corpus 05's and 11's) share these.
    code: [/\bfunction mapEvent\(/u, /\bfunction addUserData\(/u, /\bmapEvent\(eventData\b/u, /graph\.facebook\.com/u],
    vendor: 'meta',
    call: 'the Stape Facebook Conversions API template (userDataList)',
    eventName: stapeMetaEventName,
    defaultEventName: '{{Event Name}}',
    identityTables: [{ key: 'userDataList', nameColumn: 'name', valueColumn: 'value' }],
    propertyTables: [
      { key: 'customDataList', nameColumn: 'name', valueColumn: 'value' },
      { key: 'serverEventDataList', nameColumn: 'name', valueColumn: 'value' },
    ],
    implicitIdentity: [{
      fields: ['email', 'phone', 'name', 'address', 'external id', 'IP address'],
      source:
        'the Stape Facebook Conversions API template itself, which maps the incoming event data (user_data.email_address, phone_number, first_name, last_name, address, external_id or user_id, ip_override) to Meta user data',
      always: true,
    }],
  },
  {
    // "Facebook Pixel by Stape", the browser pixel, read at ce6118a (2026): with advanced matching on,
    // fbq('init') gets the user data stored by earlier events (Event Enhancement, localStorage
    // `gtmeec`), the data layer's `user_data` (Data Layer Mapping), a variable's object and the
    // `userDataList` rows. Its consent check runs only with `enableConsentMode`.
    id: 'stape-meta-pixel',
    galleryRepos: ['stape-io/fb-tag'],
    vendor: 'meta',
    context: 'WEB',
    call: "fbq('init') advanced matching in the Stape Facebook Pixel template",
    eventName: stapeMetaEventName,
    defaultEventName: '{{Event}}',
    identityTables: [{ key: 'userDataList', nameColumn: 'name', valueColumn: 'value', when: stapeAdvancedMatching }],
    identityVariables: ['userDataFromVariable'],
    propertyTables: [{ key: 'objectPropertiesList', nameColumn: 'name', valueColumn: 'value' }],
    objectVariables: ['objectPropertiesFromVariable'],
    implicitIdentity: [
      // The template sends `fbq('set', 'autoConfig', false)` only when disableAutoConfig is checked, as Meta's does.
      metaAutoConfig,
      {
        fields: ['email', 'phone', 'name', 'address'],
        source: 'the Stape Facebook Pixel template itself, whose Event Enhancement sends the user data earlier events stored in the browser (localStorage gtmeec) with every event',
        when: [stapeAdvancedMatching, { key: 'enableEventEnhancement', values: ['true'], ifMissing: false }],
      },
      {
        fields: ['email', 'phone', 'name', 'address'],
        source: "the Stape Facebook Pixel template itself, whose Data Layer Mapping reads the data layer's user_data (email, phone_number, first_name, last_name, address)",
        when: [stapeAdvancedMatching, { key: 'enableDataLayerMapping', values: ['true'], ifMissing: false }],
      },
    ],
    consentCheck: { key: 'enableConsentMode', values: ['true'], ifMissing: false },
  },
  {
    id: 'pinterest-capi',
    galleryRepos: ['pinterest/ss-gtm-template', 'stape-io/pinterest-tag'],
    displayName: /pinterest/iu,
    vendor: 'pinterest',
    context: 'SERVER',
    call: 'the Pinterest Conversions API template (user data)',
    eventName: [{ key: 'eventName' }, { key: 'eventNameCustom' }, { key: 'eventNameStandard' }],
    defaultEventName: '{{Event Name}}',
    identityTables: [{ key: 'userDataList', nameColumn: 'name', valueColumn: 'value' }],
    propertyTables: [{ key: 'customDataList', nameColumn: 'name', valueColumn: 'value' }],
  },
  {
    // Pinterest's own web template (gallery "Pinterest Pixel Tag", "Pinterest Tag" before 2025-09), read at
    // db4e3f3 (2026-03) and every published version back to adffd1f (2022-11): the field names never changed.
    // `em` goes to pintrk('load'|'set', id, {em}); the event is the `eventName` select, or `adeEventName`
    // for "Custom Event" (ADE); `product_category` is sent as line_items[0].product_category (pagevisit,
    // addtocart, checkout), `search_query` for search, `lead_type` for lead/signup, the `values` table when
    // "Custom Parameters" is checked, and the `pdParameters` rows (external_id, maid) as partner data with
    // the identifiers. Each is gated on what sends it, so a value left in a hidden field after the event
    // changed is not read.
    id: 'pinterest-web',
    galleryRepos: ['pinterest/ws-gtm-template'],
    displayName: /^pinterest (?:pixel )?tag$/iu,
    vendor: 'pinterest',
    context: 'WEB',
    call: "pintrk('load', id, {em}) Enhanced Match in the Pinterest Tag template",
    eventName: [{ key: 'eventName' }, { key: 'adeEventName', when: { key: 'eventName', values: ['ADE'], ifMissing: false } }],
    identity: [{ key: 'em', field: 'email' }],
    identityTables: [{ key: 'pdParameters', nameColumn: 'name', valueColumn: 'value', when: { key: 'setPdParams', values: ['true'], ifMissing: false } }],
    // product_category goes with page visits, add-to-cart and checkout; search_query with searches; lead_type with leads and sign-ups.
    properties: [
      { key: 'product_category', when: { key: 'eventName', values: ['pagevisit', 'addtocart', 'checkout'], ifMissing: false } },
      { key: 'search_query', when: { key: 'eventName', values: ['search'], ifMissing: false } },
      { key: 'lead_type', when: { key: 'eventName', values: ['lead', 'signup'], ifMissing: false } },
    ],
    propertyTables: [{ key: 'values', nameColumn: 'name', valueColumn: 'value', when: { key: 'setCustomParams', values: ['true'], ifMissing: false } }],
  },
  {
    // Stape's LinkedIn Conversions API tag, read at 61673de (2026-05) and back to 962b61b: `userIds` rows
    // (email, linkedinFirstPartyId, acxiomID, moatID, ipAddress, googleAid) and `userInfo` rows (firstName,
    // lastName, jobTitle, companyName, countryCode) override what it maps from the event data; `externalIds`
    // (since 96cc43f); `eventData` rows (conversionHappenedAt, currency, amount, eventId). It sends no event
    // name (the conversion rule URN names the conversion). The page_view type sends only a browser pixel.
    id: 'stape-linkedin-capi',
    galleryRepos: ['stape-io/linkedin-tag'],
    // Only a page view tag with "send page view from browser" loads px.ads.linkedin.com; conversions go to the API.
    browserPixel: [
      { key: 'type', values: ['page_view'], ifMissing: false },
      { key: 'enablePageViewFromBrowser', values: ['true'], ifMissing: false },
    ],
    vendor: 'linkedin',
    context: 'SERVER',
    call: 'the Stape LinkedIn Conversions API template (userIds, userInfo)',
    identity: [{ key: 'externalIds', field: 'external id', when: linkedinConversion }],
    identityTables: [
      { key: 'userIds', nameColumn: 'name', valueColumn: 'value', when: linkedinConversion },
      { key: 'userInfo', nameColumn: 'name', valueColumn: 'value', when: linkedinConversion },
    ],
    propertyTables: [{ key: 'eventData', nameColumn: 'name', valueColumn: 'value', when: linkedinConversion }],
    implicitIdentity: [{
      fields: ['email', 'name', 'IP address'],
      source:
        'the Stape LinkedIn Conversions API template itself, which maps the event data (email, user_data.email_address or sha256_email_address, user_data.first_name/last_name, ip_override) to LinkedIn user ids unless its automapping is turned off; a conversion is sent only with at least one user id',
      when: linkedinConversion,
    }],
  },
  {
    // Criteo's own server tag ("Criteo Events API"), read at 0e0c661 (2026): it has no event or user
    // fields. It posts getAllEventData() to sslwidget.criteo.com/gtm/event, so the event's own name
    // (`mappingId` = application id + event_name) and every identifier in the event data (email,
    // user_id, client_id, ip_override) go to Criteo; only Criteo's own opt-out cookie removes them.
    id: 'criteo-events-api',
    galleryRepos: ['criteo/sgtm-criteo-tag'],
    vendor: 'criteo',
    context: 'SERVER',
    call: 'the Criteo Events API template',
    defaultEventName: '{{Event Name}}',
    implicitIdentity: [{
      fields: ['email', 'external id', 'IP address'],
      source: 'the Criteo Events API template itself, which sends all of the incoming event data (email, user_id, client_id, ip_override) to Criteo',
    }],
  },
  {
    // Stape's Reddit Conversions API tag, read at ca26b67 (2026): `eventType` is standard (`eventName`,
    // a select), custom (`eventNameCustom`) or inherit (the event data's event_name, GA4 names mapped
    // to Reddit's). addUserData always runs: the event's email, phone_number, external_id or user_id,
    // ip_override and device ids go to Reddit whether or not userDataList has rows.
    id: 'stape-reddit-capi',
    galleryRepos: ['stape-io/reddit-tag'],
    displayName: /reddit/iu,
    vendor: 'reddit',
    context: 'SERVER',
    call: 'the Stape Reddit Conversions API template (userDataList)',
    eventName: stapeEventTypeName,
    defaultEventName: '{{Event Name}}',
    identityTables: [{ key: 'userDataList', nameColumn: 'name', valueColumn: 'value' }],
    propertyTables: [{ key: 'serverEventDataList', nameColumn: 'name', valueColumn: 'value' }],
    implicitIdentity: [{
      fields: ['email', 'phone', 'external id', 'IP address', 'device id'],
      source:
        'the Stape Reddit Conversions API template itself, which maps the incoming event data (email or email_address, phone or phone_number, external_id or user_id, ip_override, aaid/idfa, also under user_data) to Reddit user data',
    }],
  },
  {
    // Amazon's own Amazon Ad Tag template (template.tpl at 85d75ef): manual mode sends the rows of
    // "User Data" (`paramName` email / phone) through amzn('setUserData'); automatic (GA4) mode reads
    // the event's user_data by itself, and the event name and attributes from the GA4 event.
    id: 'amazon-ads-tag',
    galleryRepos: ['amzn/ads-pao-amznjs-gtm-template'],
    vendor: 'amazon',
    context: 'WEB',
    call: "amzn('setUserData') in the Amazon Ad Tag template",
    eventName: [
      { key: 'standardEventName', when: [amazonManual, { key: 'eventName', values: ['standard'], ifMissing: true }] },
      { key: 'customEventName', when: [amazonManual, { key: 'eventName', values: ['custom'], ifMissing: false }] },
    ],
    identityTables: [{ key: 'advancedMatchingList', nameColumn: 'paramName', valueColumn: 'paramValue' }],
    propertyTables: ['offAmazonPurchaseAttributes', 'defaultAttributes', 'customAttributes'].map((key) => ({ key, nameColumn: 'Attribute', valueColumn: 'value' })),
    implicitIdentity: [{
      fields: ['email', 'phone'],
      source: "the Amazon Ad Tag template in automatic (GA4) mode, which reads the event's user_data (email_address, phone_number) and calls amzn('setUserData')",
      when: { key: 'configMode', values: ['automatic'], ifMissing: false },
    }],
  },
  {
    id: 'snap-capi-stape',
    galleryRepos: ['stape-io/snapchat-tag'],
    ...snapCapi,
    implicitIdentity: [{
      fields: ['email', 'phone', 'name', 'external id', 'IP address'],
      source:
        "the Stape Snapchat Conversions API template, whose 'auto-map user data' (on unless unchecked) maps the incoming event data (email, user_data.email_address, phone or user_data.phone_number, names, external_id or user_id, ip_override) to Snap user data",
      when: { key: 'autoMapUserData', values: ['true'], ifMissing: true },
    }],
  },
  {
    id: 'snap-capi',
    galleryRepos: ['snapchat/capi-google-tag-manager-serverside-tag'],
    displayName: /snap/iu,
    ...snapCapi,
  },
  {
    id: 'snap-pixel',
    galleryRepos: ['snapchat/snapchat-google-tag-manager'],
    displayName: /snap/iu,
    vendor: 'snap',
    context: 'WEB',
    call: "snaptr('init') user data in the Snap Pixel template",
    eventName: [{ key: 'event_type' }, { key: 'eventType' }, { key: 'event' }],
    identity: [
      { key: 'user_email', field: 'email' },
      { key: 'user_phone_number', field: 'phone' },
      { key: 'user_hashed_email', field: 'email', hashed: true },
      { key: 'user_hashed_phone_number', field: 'phone', hashed: true },
      // The template merges every field and the additional_init_data rows into snaptr('init', id, data).
      { key: 'firstname', field: 'name' },
      { key: 'lastname', field: 'name' },
      { key: 'user_mobile_ad_id', field: 'device id' },
      { key: 'user_hashed_mobile_ad_id', field: 'device id', hashed: true },
    ],
    identityTables: [{ key: 'additional_init_data', nameColumn: 'key', valueColumn: 'value' }],
    properties: ['item_category', 'description', 'search_string'],
  },
];

/**
 * Fallback for a vendor template without an entry above: fields named like identifiers and event
 * names, and name/value tables. `readTemplate` adds, as identity tables, the other name/value tables
 * the template declares whose name says they hold user data (`userIds`, `user_data`, `customerInfo`,
 * `identifiers`, `matchKeys`): their row names are identifier keys for every vendor.
 */
export const GENERIC_TEMPLATE: TemplateSpec = {
  id: 'generic',
  call: 'template fields',
  eventName: [
    { key: 'event' },
    { key: 'eventName' },
    { key: 'event_name' },
    { key: 'eventType' },
    { key: 'event_type' },
    { key: 'eventNameStandard' },
    { key: 'eventNameCustom' },
    { key: 'standardEventName' },
    { key: 'customEventName' },
    // Stape's Microsoft UET Conversions API template.
    { key: 'customEventEventName' },
    // UET's event action (`uetq.push('event', action, …)`), named as in the built-in `baut` tag.
    { key: 'customEventAction' },
    { key: 'eventAction' },
  ],
  identityTables: [
    { key: 'userDataList', nameColumn: 'name', valueColumn: 'value' },
    { key: 'advancedMatchingList', nameColumn: 'name', valueColumn: 'value' },
    { key: 'userData', nameColumn: 'name', valueColumn: 'value' },
  ],
  propertyTables: [
    { key: 'customDataList', nameColumn: 'name', valueColumn: 'value' },
    { key: 'eventParametersList', nameColumn: 'name', valueColumn: 'value' },
    { key: 'objectPropertyList', nameColumn: 'name', valueColumn: 'value' },
    { key: 'custom_properties', nameColumn: 'key', valueColumn: 'value' },
    // Stape's server templates (Reddit, X, Microsoft UET…): the event data sent to the vendor.
    { key: 'serverEventDataList', nameColumn: 'name', valueColumn: 'value' },
  ],
  properties: ['content_name', 'content_category', 'description', 'query', 'search_string', 'eventCategory', 'eventLabel'],
};
