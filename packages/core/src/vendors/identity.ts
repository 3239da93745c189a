/**
 * Keys that carry identifiers in advanced-matching objects and event parameters, for every vendor:
 * wrong-vendor keys (Meta's `em` sent to TikTok) are still identifiers. Keys are compared after
 * lower-casing and removing `_`, `-` and `.` so `phone_number`, `phoneNumber` and `PHONE-NUMBER` agree.
 */
export type IdentityField = 'email' | 'phone' | 'external id' | 'national id' | 'name' | 'address' | 'date of birth' | 'gender' | 'IP address' | 'device id';

const table: Record<IdentityField, readonly string[]> = {
  email: [
    'email', 'em', 'emailaddress', 'useremail', 'sha256email', 'sha256emailaddress', 'userhashedemail',
    'hashedemail', 'hashedemailaddress', 'emailhash', 'emailaddresshash', 'emailsha256', 'md5email', 'mail',
    // Snap pixel beacon (`tr.snapchat.com/p?…&u_hem=<sha256>`): hashed email.
    'uhem',
    // Taboola's `unified_id`: the SHA-256 of the email.
    'unifiedid',
  ],
  phone: [
    'phone', 'ph', 'phonenumber', 'userphonenumber', 'userphone', 'sha256phonenumber', 'sha256phone',
    'userhashedphonenumber', 'hashedphone', 'hashedphonenumber', 'phonehash', 'phonenumberhash', 'phonesha256', 'md5phone',
    'mobile', 'mobilenumber', 'mobilephone', 'cellphone', 'cellnumber', 'cellphonenumber', 'tel', 'telephone',
    // Snap pixel beacon (`tr.snapchat.com/p?…&u_hpn=<sha256>`): hashed phone number.
    'uhpn',
  ],
  // A medical record number identifies a patient as an external id does.
  'external id': ['externalid', 'sha256externalid', 'uid', 'customerid', 'patientid', 'memberid', 'mrn', 'medicalrecordnumber', 'medicalrecordno'],
  // A Social Security number (or another country's national id) identifies a person everywhere.
  'national id': ['ssn', 'socialsecuritynumber', 'socialsecurityno', 'nationalid', 'nationalidnumber'],
  name: ['fn', 'ln', 'firstname', 'lastname', 'sha256firstname', 'sha256lastname', 'fullname', 'name'],
  address: ['ct', 'st', 'zp', 'zip', 'zipcode', 'postalcode', 'street', 'city', 'region', 'address', 'sha256street'],
  'date of birth': ['db', 'dob', 'dateofbirth', 'birthdate', 'birthday'],
  gender: ['ge', 'gender'],
  'IP address': ['ip', 'ipaddress', 'clientipaddress'],
  // `maid`: the mobile ad id in Pinterest's partner data (`pdParameters` of its GTM template);
  // `googleaid`: LinkedIn's GOOGLE_AID user id (`googleAid` in Stape's LinkedIn CAPI template).
  'device id': ['aaid', 'idfa', 'madid', 'maid', 'googleaid'],
};

export const IDENTITY_KEYS: ReadonlyMap<string, IdentityField> = new Map(
  Object.entries(table).flatMap(([field, keys]) => keys.map((key) => [key, field as IdentityField] as const)),
);

/** A key as identity and parameter tables compare it: lower case, without `_`, `-`, `.` and spaces. */
export const normalizeKey = (key: string): string => key.toLowerCase().replace(/[-_.\s]/gu, '');

/**
 * Meta's prefix for user data in event data that a server container forwards to the Conversions
 * API (`x-fb-ud-em`, `x-fb-ud-external_id`), normalised: what follows is an identity key.
 */
const USER_DATA_PREFIX = 'xfbud';

/** GA4's user-provided data: its `user_data` key, or a path into it (`user_data.address.first_name`, a GA4 tag's settings row). */
export const ga4UserData = (key: string): boolean => USER_DATA.test(key);
const USER_DATA = /^user_?data(?:\.|$)/iu;
/** A path into GA4's `user_data`, not the key itself. */
const userDataPath = (key: string): boolean => ga4UserData(key) && key.includes('.');

/** A key with Meta's user-data prefix (`x-fb-ud-ph`), or a path into GA4's `user_data`: an identifier wherever it is sent. */
export const userDataKey = (key: string): boolean => normalizeKey(key).startsWith(USER_DATA_PREFIX) || userDataPath(key);

/**
 * Words that say whose an identifier is (`patient_email`, `customerPhone`, `member_dob`,
 * `subscriberEmail`, `lead_phone`): the rest of the key is the identifier. Not `client` (`client_id` is Google Analytics' browser id).
 */
const OWNER_PREFIX = /^(?:patient|customer|member|contact|guest|billing|primary|parent|guardian|caregiver|subscriber|visitor|lead|applicant|recipient)(?=[a-z])/u;

/** Whether a normalised key says whose identifier it is (`patientname`, `leadphone`). */
export function ownedKey(normalized: string): boolean {
  return OWNER_PREFIX.test(normalized);
}

/** The identity field a parameter key names, if any. */
export function identityField(key: string): IdentityField | undefined {
  // `user_data.address.first_name`: the field is the path's last key.
  if (userDataPath(key)) return identityField(key.slice(key.lastIndexOf('.') + 1));
  const k = normalizeKey(key);
  const exact = IDENTITY_KEYS.get(k) ?? (k.startsWith(USER_DATA_PREFIX) ? IDENTITY_KEYS.get(k.slice(USER_DATA_PREFIX.length)) : undefined);
  if (exact) return exact;
  const owned = OWNER_PREFIX.exec(k);
  return owned ? IDENTITY_KEYS.get(k.slice(owned[0].length)) : undefined;
}

/**
 * Column names of a customer list upload (`{ schema: ['EMAIL_SHA256', 'PHONE'], data: [[…], …] }`,
 * Meta's Custom Audiences and Snap's Audience Match), normalised, where they are not identity keys already.
 */
const LIST_COLUMNS: ReadonlyMap<string, IdentityField> = new Map([
  ['fi', 'name'],
  ['doby', 'date of birth'],
  ['dobm', 'date of birth'],
  ['dobd', 'date of birth'],
  ['gen', 'gender'],
  ['externid', 'external id'],
  ['pageuid', 'external id'],
  ['appuid', 'external id'],
  ['mobileadid', 'device id'],
]);

/** The identity field a customer list column holds (`EMAIL_SHA256` → email), if any. */
export function listColumnField(column: string): IdentityField | undefined {
  const k = normalizeKey(column);
  return LIST_COLUMNS.get(k) ?? IDENTITY_KEYS.get(k);
}

/**
 * The identifier a CSS selector reads out of a form: an input's type (`input[type=email]`,
 * `[type=tel]`), or an id or name that is an identity key (`#phone`, `#patientEmail`,
 * `[name*=email]`, Contact Form 7's `your-email`), not one that only starts with it (`#phone-type`,
 * `[name=email_opt_in]`, `#email-error`). What GTM's DOM Element variables and code's
 * `document.querySelector(…).value` read alike.
 */
export function selectorField(selector: string): IdentityField | undefined {
  const type = /type\s*=\s*["']?(email|tel)\b/iu.exec(selector)?.[1];
  if (type) return type.toLowerCase() === 'tel' ? 'phone' : 'email';
  for (const m of selector.matchAll(/#([\w-]+)|\[\s*name\s*[*^$~|]?=\s*["']?([\w-]+)/giu)) {
    const field = namedField(m[1] ?? m[2]!);
    if (field) return field;
  }
  return undefined;
}

/**
 * Names that say a member holds an email address, a phone number or a national id: read from one, a
 * value is one under any key. So do a patient's record number and id (`user_id: patient.mrn`), but
 * not other ids (`user.id`, `customerId`: a site's own account ids).
 */
const READ_IDENTITY: ReadonlySet<IdentityField> = new Set(['email', 'phone', 'national id']);
const READ_RECORD_KEYS: ReadonlySet<string> = new Set(['mrn', 'medicalrecordnumber', 'medicalrecordno', 'patientid']);

/** The identifier a member named so holds (`email`, `patientPhone`, `mrn`), per `READ_IDENTITY`. */
export function memberIdentity(member: string): IdentityField | undefined {
  const field = identityField(member);
  return field && (READ_IDENTITY.has(field) || READ_RECORD_KEYS.has(normalizeKey(member))) ? field : undefined;
}

/**
 * The identifier a value read by its name holds: a form field's id or name, a query parameter, a
 * cookie or a stored item (`email`, `patientPhone`, `mrn`, Contact Form 7's `your-email`, a cookie's
 * `site_user_email`), by the name or its last words; not a name that only starts with one (`email_opt_in`).
 */
export function namedField(name: string): IdentityField | undefined {
  const words = name.split(/[^A-Za-z\d]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const field = memberIdentity(words.slice(i).join('_'));
    if (field) return field;
  }
  return undefined;
}

/** Where a call reads a value by its name from: the page's query, a form's data, cookies, storage, lodash. */
const READ_SOURCE = /param|query|search|cookie|form|storage|^_$|^lodash$/iu;
/** Functions that read a value by its name wherever they are called from (a page's own `getCookie`, a form library's `getValues`). */
const READ_FUNCTION = /cookie|param|query|storage|^(?:getValues?|getFieldValue|watch|useWatch)$/iu;

/**
 * The identifier a call reads by its name (`params.get('email')`, `localStorage.getItem('phone')`,
 * `getCookie('user_email')`, lodash's `_.get(lead, 'contact.phone')`), given the call's name, the
 * name of what it is called on (`receiver`: `URLSearchParams`, `searchParams`, `Cookies`, `_`; undefined
 * for a plain function) and the texts of its arguments (`key`, undefined where one is not known).
 * `get` reads by name only from such a source: `i18n.get('email')` and `config.get('email')` do not.
 */
export function namedReadField(call: string, receiver: string | undefined, argCount: number, key: (index: number) => string | undefined): IdentityField | undefined {
  const get = call === 'get' || call === 'getAll';
  const reads = call === 'getItem' || (get ? receiver !== undefined && READ_SOURCE.test(receiver) : READ_FUNCTION.test(call));
  if (!reads) return undefined;
  const read = key(get && argCount > 1 ? 1 : 0);
  return read === undefined ? undefined : namedField(read.slice(read.lastIndexOf('.') + 1));
}

/**
 * Event names that say a call or e-mail link was clicked, separators removed (`phone_click`,
 * `click_to_call`, `phone_call`, `tel_link_tap`; `email_click`, `mailto_link_click`): the number or
 * address such an event sends is most likely the link's, the site's own.
 */
const LINK_CLICK_EVENTS = {
  phone: /^(?:tele)?(?:phone|call|tel)(?:number|link|button|cta)?(?:click|tap)(?:ed)?$|^(?:click|tap)(?:to|on)?(?:tele)?(?:phone|call|tel)(?:number|link|button|cta)?$|^(?:phone|tel)?call$/u,
  email: /^(?:e?mail(?:to)?)(?:address|link|button|cta)?(?:click|tap)(?:ed)?$|^(?:click|tap)(?:to|on)?(?:e?mail(?:to)?)(?:address|link|button|cta)?$/u,
} as const;

/** Whether an event name says a link of this kind was clicked (`phone_click` for `phone`, `mailto_link_click` for `email`). */
export function linkClickEvent(name: string, field: 'phone' | 'email'): boolean {
  return LINK_CLICK_EVENTS[field].test(name.toLowerCase().replace(/[^a-z]/gu, ''));
}
