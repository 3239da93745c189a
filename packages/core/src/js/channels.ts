/**
 * Names under which another module is asked (`ModuleReader.calls`) for what a framework hands every
 * component, rather than for an export: kept apart from `modules.ts` so that the analyzer can use
 * them without importing the module reader (which imports the analyzer).
 */

/** The head of a name asked of a module that sets a Vue global property: `VUE_GLOBAL` + `$track`. */
export const VUE_GLOBAL = '\0vue-global:';

/** The head of a key in `vueGlobals` for what the app provides to `inject(key)` (`app.provide('track', fn)`), and of the name asked of its module. */
export const PROVIDED_KEY = 'provide:';
