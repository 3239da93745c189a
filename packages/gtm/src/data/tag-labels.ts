import type { VendorId } from '@phiguard/core';

/** Human names of built-in GTM tag types, for messages (GTM tag dictionary). A type not listed here is unknown to phiguard (a note says so). */
export const TAG_TYPE_LABELS: Readonly<Record<string, string>> = {
  awct: 'Google Ads Conversion Tracking',
  sp: 'Google Ads Remarketing',
  awud: 'Google Ads User-Provided Data Event',
  awcc: 'Google Ads Calls from Website Conversion',
  flc: 'Floodlight Counter',
  fls: 'Floodlight Sales',
  gclidw: 'Conversion Linker',
  // AMP containers' Conversion Linker: it stores the click id, as the web one does.
  gclidw_amp: 'Conversion Linker (AMP)',
  bzi: 'LinkedIn Insight',
  baut: 'Microsoft Advertising Universal Event Tracking',
  twitter_website_tag: 'X (Twitter) base pixel',
  crto: 'Criteo OneTag',
  pntr: 'Pinterest Tag',
  gaawe: 'GA4 Event',
  googtag: 'Google tag',
  gaawc: 'GA4 Configuration',
  ua: 'Universal Analytics',
  sgtmadsct: 'Google Ads Conversion Tracking (server)',
  sgtmadsremarket: 'Google Ads Remarketing (server)',
  sgtmgaaw: 'GA4 (server)',
  sgtmadscl: 'Conversion Linker (server)',
  http_request: 'HTTP Request',
  html: 'Custom HTML',
  img: 'Custom Image',
};

/** `googtag` sends to the product its tag id names. */
export const TAG_ID_PREFIXES: Readonly<Record<string, VendorId>> = {
  'AW-': 'google-ads',
  'DC-': 'google-ads',
  'G-': 'google-tag',
  'GT-': 'google-tag',
};

/** Human names of the variable types phiguard reads code or rows from, for notes. */
export const VARIABLE_LABELS: Readonly<Record<string, string>> = {
  jsm: 'Custom JavaScript variable',
  smm: 'Lookup Table variable',
  remm: 'RegEx Table variable',
};
