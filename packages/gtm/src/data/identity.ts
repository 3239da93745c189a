/** Parents under which a bare `name` key is a person's name (`user.name`, not `item.name`). */
export const IDENTITY_PATH_PARENTS: ReadonlySet<string> = new Set(['user', 'userdata', 'customer', 'patient', 'member', 'contact', 'lead', 'visitor', 'buyer', 'billing', 'shipping', 'address']);
