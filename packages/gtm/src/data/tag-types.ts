/**
 * Built-in GTM tag types: which fields carry the event name, identifiers and event properties
 * (gtm-format.md §2.6, the GTM tag dictionary, and the corpus). Vendors come from the core
 * registry's `gtm.tagTypes`; this table only says where the data sits.
 */
import type { TableSpec, TemplateSpec } from './templates.js';

const eventSettings = { key: 'eventSettingsVariable', table: { key: 'eventSettingsTable', nameColumn: 'parameter', valueColumn: 'parameterValue' } } as const;
const configSettings = { key: 'configSettingsVariable', table: { key: 'configSettingsTable', nameColumn: 'parameter', valueColumn: 'parameterValue' } } as const;

const ga4Tables: readonly TableSpec[] = [
  { key: 'eventSettingsTable', nameColumn: 'parameter', valueColumn: 'parameterValue' },
  { key: 'eventParameters', nameColumn: 'name', valueColumn: 'value' },
  { key: 'userProperties', nameColumn: 'name', valueColumn: 'value' },
];

/**
 * Floodlight counter and sales: custom variables u1…uN travel with the activity. The list's key is
 * `customVariable` with `key`/`value` rows, as the GTM tag dictionary describes it (no corpus
 * container has a Floodlight tag to confirm it).
 */
const floodlightVariables: readonly TableSpec[] = [{ key: 'customVariable', nameColumn: 'key', valueColumn: 'value' }];

export const TAG_TYPE_SPECS: Readonly<Record<string, TemplateSpec>> = {
  gaawe: {
    id: 'gaawe',
    call: 'the GA4 event tag (userDataVariable)',
    eventName: [{ key: 'eventName' }],
    identityVariables: ['userDataVariable'],
    propertyTables: ga4Tables,
    settingsVariables: [eventSettings],
  },
  googtag: {
    id: 'googtag',
    call: 'the Google tag (user_data)',
    propertyTables: [
      { key: 'configSettingsTable', nameColumn: 'parameter', valueColumn: 'parameterValue' },
      { key: 'eventSettingsTable', nameColumn: 'parameter', valueColumn: 'parameterValue' },
    ],
    settingsVariables: [configSettings, eventSettings],
  },
  gaawc: {
    id: 'gaawc',
    call: 'the GA4 configuration tag',
    propertyTables: [
      { key: 'fieldsToSet', nameColumn: 'name', valueColumn: 'value' },
      { key: 'userProperties', nameColumn: 'name', valueColumn: 'value' },
    ],
  },
  ua: {
    id: 'ua',
    call: 'the Universal Analytics tag',
    eventName: [{ key: 'eventAction' }],
    properties: ['eventCategory', 'eventLabel'],
    propertyTables: [
      { key: 'fieldsToSet', nameColumn: 'fieldName', valueColumn: 'value' },
      { key: 'dimension', nameColumn: 'index', valueColumn: 'dimension' },
    ],
  },
  flc: {
    id: 'flc',
    call: 'the Floodlight counter tag (custom variables)',
    propertyTables: floodlightVariables,
  },
  fls: {
    id: 'fls',
    call: 'the Floodlight sales tag (custom variables)',
    propertyTables: floodlightVariables,
  },
  awct: {
    id: 'awct',
    call: 'Google Ads enhanced conversions (user-provided data)',
    identityVariables: ['cssProvidedEnhancedConversionValue', 'userDataVariable'],
    identityFlags: [{ key: 'enableEnhancedConversion', values: ['true'], fields: ['email', 'phone'], label: 'enableEnhancedConversion' }],
    propertyTables: [{ key: 'customParams', nameColumn: 'key', valueColumn: 'value' }],
  },
  awud: {
    id: 'awud',
    call: 'the Google Ads User-Provided Data event tag',
    identityVariables: ['userDataVariable'],
  },
  // Calls from Website Conversion: loads Google Ads' conversion script on the page to swap in a
  // forwarding number. Its number is the site's own, not a visitor's, so no field is read. Not a
  // built-in consent check type: Google lists consent mode support for phone call conversions as pending.
  awcc: {
    id: 'awcc',
    call: 'the Google Ads call conversion tag',
  },
  sp: {
    id: 'sp',
    call: 'the Google Ads remarketing tag',
    eventName: [{ key: 'eventName' }],
    propertyTables: [{ key: 'customParams', nameColumn: 'key', valueColumn: 'value' }],
  },
  sgtmadsct: {
    id: 'sgtmadsct',
    call: 'the server Google Ads conversion tag',
    identityFlags: [{ key: 'enableEnhancedConversions', values: ['true'], fields: ['email', 'phone'], label: 'enableEnhancedConversions' }],
    // No field sets it: the tag sends the user_data the GA4 client puts in the event (what the web
    // page gave gtag as user_data, or a User-Provided Data variable) as enhanced conversions.
    implicitIdentity: [{
      fields: ['email', 'phone', 'name', 'address'],
      source: "the server Google Ads conversion tag itself, which sends the incoming event's user_data (email_address, phone_number, address) to Google Ads as enhanced conversions whenever the event carries it",
      when: { key: 'enableEnhancedConversions', values: ['true'], ifMissing: true },
    }],
  },
  sgtmgaaw: {
    id: 'sgtmgaaw',
    call: 'the server GA4 tag',
    // It forwards the event the client received, under its own name.
    defaultEventName: '{{Event Name}}',
  },
  // Built-in tags of other ad vendors. Field keys as exports and compiled containers (`vtp_…`) show them.
  baut: {
    id: 'baut',
    call: 'Microsoft UET enhanced conversions',
    // `customEventAction` in current exports, `eventAction` in older ones: the event action (`ea`).
    eventName: [{ key: 'customEventAction' }, { key: 'eventAction' }],
    properties: ['eventCategory', 'eventLabel'],
    propertyTables: [{ key: 'customParamTable', nameColumn: 'customParamName', valueColumn: 'customParamValue' }],
    identityFlags: [{ key: 'c_enhancedConversion', values: ['true'], fields: ['email', 'phone'], label: 'c_enhancedConversion' }],
  },
  twitter_website_tag: {
    id: 'twitter_website_tag',
    call: 'the X (Twitter) base pixel tag',
    eventName: [{ key: 'event_type' }],
    propertyTables: [{ key: 'event_parameters', nameColumn: 'param_table_key_column', valueColumn: 'param_table_value_column' }],
  },
  crto: {
    id: 'crto',
    call: 'Criteo OneTag (setEmail)',
    identity: [{ key: 'hashedEmail', field: 'email' }],
  },
  pntr: {
    id: 'pntr',
    call: 'the Pinterest tag',
    eventName: [{ key: 'eventName' }],
    properties: ['product_category'],
    propertyTables: [{ key: 'values', nameColumn: 'name', valueColumn: 'value', when: { key: 'setCustomParams', values: ['true'], ifMissing: false } }],
  },
};

/** Built-in tag types that check Google consent mode themselves (consent mode v2 "built-in consent checks"). */
export const BUILT_IN_CONSENT_TYPES: ReadonlySet<string> = new Set([
  'gaawe',
  'googtag',
  'gaawc',
  'awct',
  'awud',
  'sp',
  'gclidw',
  'flc',
  'fls',
  'sgtmadsct',
  'sgtmadsremarket',
  'sgtmgaaw',
]);
