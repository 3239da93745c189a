/** Parents under which a bare `name` key is a person's name (`user.name`, not `item.name`). */
export const IDENTITY_PATH_PARENTS: ReadonlySet<string> = new Set(['user', 'userdata', 'customer', 'patient', 'member', 'contact', 'lead', 'visitor', 'buyer', 'billing', 'shipping', 'address']);

/** CSS selectors and attribute names that read identifiers out of a form (`input[type=email]`, `#phone`). */
export const PII_SELECTOR = /type\s*=\s*["']?(email|tel)\b|\[name[*^$|~]?=\s*["']?[^\]]*(e-?mail|phone|tel)\b|#(e-?mail|phone)\b/iu;
