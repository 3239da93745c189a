import type { VendorSpec } from './types.js';

export const linkedin: VendorSpec = {
  id: 'linkedin',
  name: 'LinkedIn',
  kind: 'ads',
  markers: ['_linkedin_partner_id', '_linkedin_data_partner_ids'],
  urls: [
    { host: 'snap.licdn.com', path: '/li.lms-analytics/', label: 'Insight Tag loader', role: 'loader' },
    { host: 'px.ads.linkedin.com', label: 'Insight Tag beacon', role: 'beacon' },
    // The beacon's older host, still in many noscript snippets and Custom Image tags.
    { host: 'dc.ads.linkedin.com', path: '/collect', label: 'Insight Tag beacon (older host)', role: 'beacon' },
    // `POST https://api.linkedin.com/rest/conversionEvents`:
    // https://learn.microsoft.com/en-us/linkedin/marketing/integrations/ads-reporting/conversions-api
    { host: 'api.linkedin.com', path: '/rest/conversionEvents', label: 'Conversions API', role: 'server-api' },
  ],
  // `lintrk('setUserData', { email })`: enhanced matching, hashed by the tag and sent with the next hits
  // (https://www.linkedin.com/help/lms/answer/a6246095).
  globals: [{ name: 'lintrk', call: { commands: { track: { kind: 'event', params: 1 }, setUserData: { kind: 'identify', identity: 1 } } } }],
  wrappers: [
    {
      packages: ['react-linkedin-insight', 'nextjs-linkedin-insight-tag', 'gatsby-plugin-linkedin-insight', 'nuxt-linkedin-insight-tag', 'nuxt-linkedin-pixel-module'],
      loadsPixel: true,
      exports: {},
    },
  ],
  gtm: { tagTypes: ['bzi'], galleryOwners: ['linkedin'], templateName: /linkedin/iu },
};
