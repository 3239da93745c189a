// The site's one way to send an event to Google Tag Manager: every page imports it. The pages call
// it from other files, which ESLint lints one at a time, so examples/eslint.config.js declares it
// (settings.phiguard.trackingHelpers) and each call is checked as the dataLayer.push it makes.
export function trackEvent(name, params = {}) {
  window.dataLayer = window.dataLayer || [];
  window.dataLayer.push({ event: name, ...params });
}
