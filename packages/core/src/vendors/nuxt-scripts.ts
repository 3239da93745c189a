/**
 * `@nuxt/scripts`: composables (auto-imported) that load a vendor's pixel and hand out its global
 * through `proxy` (`const { proxy } = useScriptMetaPixel({ id }); proxy.fbq('track', …)`), and the
 * keys of its `scripts.registry` in `nuxt.config`, which load the same pixels on every page.
 * By composable or registry key → the vendor global it provides.
 */
export const NUXT_SCRIPT_COMPOSABLES: Readonly<Record<string, string>> = {
  useScriptMetaPixel: 'fbq',
  useScriptXPixel: 'twq',
  useScriptRedditPixel: 'rdt',
  useScriptSnapchatPixel: 'snaptr',
  useScriptGoogleAnalytics: 'gtag',
  useScriptGoogleTagManager: 'dataLayer',
};

export const NUXT_SCRIPT_REGISTRY: Readonly<Record<string, string>> = {
  metaPixel: 'fbq',
  xPixel: 'twq',
  redditPixel: 'rdt',
  snapchatPixel: 'snaptr',
};
