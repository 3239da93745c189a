import type { ApiNode } from './types.js';

/**
 * The calls of the react-*-pixel family of wrapper packages, which copy one shape:
 * `init(pixelId, userData)`, `pageView()`, `track(event, params)`.
 */
export const PIXEL_WRAPPER_MEMBERS: Readonly<Record<string, ApiNode>> = {
  init: { call: { kind: 'init', pixelId: 0, identity: 1 } },
  pageView: { call: { kind: 'page' } },
  track: { call: { kind: 'event', event: 0, params: 1 } },
};
