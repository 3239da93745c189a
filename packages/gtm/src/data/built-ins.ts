/**
 * GTM's built-in triggers and variables: facts about the export format, kept as data.
 */

/** Trigger ids that are not in `trigger[]` but are referenced by tags (gtm-format.md §2.8). */
export const BUILT_IN_TRIGGERS: Readonly<Record<string, { name: string; type: string }>> = {
  '2147479553': { name: 'All Pages', type: 'PAGEVIEW' },
  '2147479572': { name: 'Consent Initialization - All Pages', type: 'CONSENT_INIT' },
  '2147479573': { name: 'Initialization - All Pages', type: 'INIT' },
};

/** A server container's built-in trigger: every event a client claims (GTM shows it as "All Events"). */
export const BUILT_IN_SERVER_TRIGGERS: Readonly<Record<string, { name: string; type: string }>> = {
  '2147479574': { name: 'All Events', type: 'ALWAYS' },
};

/** Default display names of built-in variables → their type, for references to built-ins the export does not list. */
export const BUILT_IN_VARIABLE_NAMES: Readonly<Record<string, string>> = {
  'Page URL': 'PAGE_URL',
  'Page Hostname': 'PAGE_HOSTNAME',
  'Page Path': 'PAGE_PATH',
  Referrer: 'REFERRER',
  Event: 'EVENT',
  _event: 'EVENT',
  'Event Name': 'EVENT_NAME',
  'Click URL': 'CLICK_URL',
  'Click Element': 'CLICK_ELEMENT',
  'Click Classes': 'CLICK_CLASSES',
  'Click ID': 'CLICK_ID',
  'Click Target': 'CLICK_TARGET',
  'Click Text': 'CLICK_TEXT',
  'Form URL': 'FORM_URL',
  'Form Element': 'FORM_ELEMENT',
  'Form Classes': 'FORM_CLASSES',
  'Form ID': 'FORM_ID',
  'Form Target': 'FORM_TARGET',
  'Form Text': 'FORM_TEXT',
  'New History Fragment': 'NEW_HISTORY_FRAGMENT',
  'Old History Fragment': 'OLD_HISTORY_FRAGMENT',
  'New History URL': 'NEW_HISTORY_URL',
  'Old History URL': 'OLD_HISTORY_URL',
  'History Source': 'HISTORY_SOURCE',
  'Container ID': 'CONTAINER_ID',
  'Container Version': 'CONTAINER_VERSION',
  'Debug Mode': 'DEBUG_MODE',
  'Random Number': 'RANDOM_NUMBER',
  'HTML ID': 'HTML_ID',
  'Environment Name': 'ENVIRONMENT_NAME',
  'Client Name': 'CLIENT_NAME',
  'Request Path': 'REQUEST_PATH',
  'Request Method': 'REQUEST_METHOD',
  'Query String': 'QUERY_STRING',
  'Page Title': 'PAGE_TITLE',
};

/** Built-in variable types that hold the page address (or part of it): conditions on them scope a trigger to pages. */
export const URL_BUILT_INS: ReadonlySet<string> = new Set([
  'PAGE_URL',
  'PAGE_PATH',
  'PAGE_HOSTNAME',
  'REFERRER',
  'NEW_HISTORY_FRAGMENT',
  'NEW_HISTORY_URL',
  'OLD_HISTORY_URL',
  'CLICK_URL',
  'FORM_URL',
  'REQUEST_PATH',
  'QUERY_STRING',
  'PAGE_TITLE',
]);

/** Built-in variable types whose value is the event name (`{{Event}}` on the web, `{{Event Name}}` on a server). */
export const EVENT_NAME_BUILT_INS: ReadonlySet<string> = new Set(['EVENT', 'EVENT_NAME']);

/** Trigger types that fire on every page unless filtered. */
export const PAGE_TRIGGER_TYPES: ReadonlySet<string> = new Set(['PAGEVIEW', 'DOM_READY', 'WINDOW_LOADED', 'HISTORY_CHANGE', 'INIT', 'CONSENT_INIT']);

/** Server event-data keys (`ed` variables) that hold the page address. */
export const URL_EVENT_DATA_KEYS: ReadonlySet<string> = new Set(['page_location', 'page_path', 'page_referrer', 'page_title', 'page_hostname', 'url', 'referrer']);

/** `u` (URL) variable components that carry the page path or query. */
export const URL_COMPONENTS: ReadonlySet<string> = new Set(['URL', 'PATH', 'QUERY', 'FRAGMENT', 'HOST']);
