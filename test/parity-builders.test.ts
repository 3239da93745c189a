/**
 * Advanced matching built a key at a time by the code around the call, as agencies write it in
 * GTM Custom HTML: the same in ESLint and in a GTM tag. Each case was silent before session 41
 * (found by its blind GTM tester): the object was read as the empty `{}` it starts as.
 */
import { describe } from 'vitest';
import { AM, PX, parityCases, type ParityCases } from './parity-helpers.js';

const CASES: ParityCases = {
  'an object filled by a helper from computed keys': {
    code: `var userData = {};
function addIfPresent(key, val) { if (val) userData[key] = val; }
addIfPresent('em', window.user.email);
fbq('init', '123456789012345', userData);`,
    expected: [[PX, /fbq\('init'\)/], [AM, /identity data \(keys not statically known\)/]],
  },
  'an object filled in a loop over a field map': {
    code: `var am = {};
var fields = { em: window.user.email, ph: window.user.phone };
Object.keys(fields).forEach(function (k) { if (fields[k]) am[k] = String(fields[k]).trim(); });
fbq('init', '123456789012345', am);`,
    expected: [[PX, /fbq\('init'\)/], [AM, /identity data \(keys not statically known\)/]],
  },
  "an object handed to the file's own function, which sets a key on it": {
    code: `var ids = {};
function setEmail(target) { target.email = window.user.email; }
setEmail(ids);
ttq.identify(ids);`,
    expected: [[AM, /sends email through ttq\.identify\(\)/]],
  },
  'event parameters written from computed keys say nothing of identity': {
    code: `var params = {};
for (var key in window.product) params[key] = window.product[key];
fbq('track', 'ViewContent', params);`,
    expected: [],
  },
};

describe('parity: advanced matching built by the code around the call', () => parityCases(CASES));
