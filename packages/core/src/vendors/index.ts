import { admedo } from './admedo.js';
import { adroll } from './adroll.js';
import { amazon } from './amazon.js';
import { applovin } from './applovin.js';
import { criteo } from './criteo.js';
import { googleAds, googleTag } from './google.js';
import { linkedin } from './linkedin.js';
import { meta } from './meta.js';
import { microsoft } from './microsoft.js';
import { nextdoor } from './nextdoor.js';
import { outbrain } from './outbrain.js';
import { pinterest } from './pinterest.js';
import { quora } from './quora.js';
import { reddit } from './reddit.js';
import { snap } from './snap.js';
import { spotify } from './spotify.js';
import { stackadapt } from './stackadapt.js';
import { taboola } from './taboola.js';
import { tiktok } from './tiktok.js';
import { tradedesk } from './tradedesk.js';
import { tvscientific } from './tvscientific.js';
import type { VendorId, VendorSpec } from './types.js';
import { x } from './x.js';
import { xandr } from './xandr.js';
import { yahoo } from './yahoo.js';

export type * from './types.js';
export { ga4UserData, IDENTITY_KEYS, identityField, linkClickEvent, namedReadField, normalizeKey, selectorField, type IdentityField } from './identity.js';
export { NUXT_SCRIPT_COMPOSABLES, NUXT_SCRIPT_REGISTRY } from './nuxt-scripts.js';

export const VENDORS: readonly VendorSpec[] = [tiktok, meta, googleAds, googleTag, snap, pinterest, linkedin, x, reddit, criteo, microsoft,
  // Further ad platforms seen on health sites and in their containers.
  adroll, amazon, applovin, nextdoor, outbrain, quora, spotify, stackadapt, taboola, tradedesk, tvscientific, yahoo, xandr, admedo,
];

const byId = new Map<string, VendorSpec>(VENDORS.map((v) => [v.id, v]));

export function getVendor(id: VendorId): VendorSpec {
  return byId.get(id)!;
}

export function isVendorId(id: string): id is VendorId {
  return byId.has(id);
}

export const VENDOR_IDS: readonly VendorId[] = VENDORS.map((v) => v.id);
