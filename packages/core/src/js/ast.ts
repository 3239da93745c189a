// Small ESTree helpers shared by the analyzer: unwrapping, names, and how functions are called.
import type { VariableLike } from './scope.js';
import type { Node } from './types.js';
import { walk, type VisitorKeys } from './walk.js';

export const TRANSPARENT = new Set([
  'ChainExpression',
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'TSInstantiationExpression',
  'TypeCastExpression',
  'ParenthesizedExpression',
  'AwaitExpression',
]);

export const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

export const unwrap = (node: Node): Node => {
  let n = node;
  while (TRANSPARENT.has(n.type)) n = (n.expression as Node) ?? (n.argument as Node);
  return n;
};

/**
 * Call arguments, with the holes Babel's error recovery leaves (`f(a,, b)` → `null`) turned into
 * `undefined`, which every reader already treats as "no argument".
 */
export function argsOf(call: Node): Array<Node | undefined> {
  return (call.arguments as Array<Node | null>).map((a) => a ?? undefined);
}

export function keyName(prop: Node): string | undefined {
  const key = prop.key as Node | undefined;
  if (!key) return undefined;
  if (key.type === 'Identifier') return key.name as string;
  if (key.type === 'PrivateIdentifier') return `#${key.name as string}`;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  return undefined;
}

/**
 * The export an import specifier binds, as the importing module names it: `default`, `*` for a
 * namespace, or the imported name (also a string, `import { "a-b" as x }`).
 */
export function importedName(spec: Node): string | undefined {
  if (spec.type === 'ImportNamespaceSpecifier') return '*';
  if (spec.type === 'ImportDefaultSpecifier') return 'default';
  return spec.type === 'ImportSpecifier' ? keyName({ key: spec.imported } as unknown as Node) : undefined;
}

export function unwrapPattern(node: Node): Node {
  return node.type === 'AssignmentPattern' ? (node.left as Node) : node;
}

export function memberText(node: Node): string {
  const n = unwrap(node);
  if (n.type === 'Identifier') return n.name as string;
  if (n.type === 'ThisExpression') return 'this';
  if (n.type === 'MemberExpression' && !n.computed) return `${memberText(n.object as Node)}.${(n.property as Node).name as string}`;
  if (n.type === 'CallExpression') return `${memberText(n.callee as Node)}()`;
  return '…';
}

export function isAmbient(node: Node, parent: Node | null | undefined): boolean {
  return Boolean(node.declare || parent?.declare || node.type === 'TSDeclareFunction');
}

export function singleInit(variable: VariableLike): Node | undefined {
  const writes = variable.references.filter((r) => r.isWrite() && r.writeExpr);
  return writes.length === 1 ? writes[0]!.writeExpr! : undefined;
}

/** The call that invokes a function expression on the spot, if any (`!function(){}()` too). */
export function iifeCall(fn: Node): Node | undefined {
  if (fn.type === 'FunctionDeclaration') return undefined;
  let parent = fn.parent;
  let child: Node = fn;
  while (parent && TRANSPARENT.has(parent.type)) {
    child = parent;
    parent = parent.parent;
  }
  return parent?.type === 'CallExpression' && parent.callee === child ? parent : undefined;
}

export function enclosingFunction(node: Node): Node | undefined {
  for (let n = node.parent; n; n = n.parent) if (FUNCTION_TYPES.has(n.type)) return n;
  return undefined;
}

/**
 * Calls that return the function they are given (`useCallback(fn, deps)`, `debounce(fn, 300)`), or a
 * component that calls it with its props (`memo(Tracked)`, `forwardRef((props, ref) => …)`).
 */
export const FUNCTION_WRAPPERS = new Set(['useCallback', 'useEvent', 'useEffectEvent', 'useMemoizedFn', 'debounce', 'throttle', 'once', 'memoize', 'memo', 'forwardRef']);

export interface Binding {
  /** The variable that names the function, its object, or its class. */
  name?: string;
  declarer?: Node;
  /** Method name when the function is an object method or class member. */
  member?: string;
  /** Class members are reached through instances: `new Tracker().track(…)`. */
  isClass?: boolean;
  /** Object and class methods are also called as `this.member(…)` inside this node. */
  thisScope?: Node;
  /**
   * A function a local function returns, itself (`return useCallback((n) => …)`) or as property
   * `key` of the object it returns (`() => ({ send: (n) => … })`): `node` is what is returned.
   */
  handedOut?: { node: Node; key?: string };
  /** An element of this list literal (`const senders = [(n) => ttq.track(n)]`): called by code that iterates it. */
  inList?: Node;
  /** A function put on the page's global object (`window.cwTrack = function (name) {…}`): called as `window.cwTrack(…)` or `cwTrack(…)`. */
  global?: string;
  /** A function given to a component as a prop (`<Btn onTrack={(n) => …} />`): called where the component calls the prop. */
  prop?: Node;
  /** A listener registered on an event bus (`bus.on('track', (n) => …)`): called by the bus's `emit('track', …)`. */
  listener?: Node;
}

/** Methods that register a listener on an event bus (mitt, Node's `EventEmitter`, Vue 2's `$on`, an RxJS `Subject`). */
const LISTEN = new Set(['on', 'once', 'addListener', '$on', '$once', 'subscribe', 'addEventListener']);

/** The call that registers `fn` as a bus's listener (`bus.on('track', fn)`, `subject.subscribe(fn)`), if it is one. */
export function listenerRegistration(fn: Node): Node | undefined {
  const call = fn.parent;
  const callee = call?.type === 'CallExpression' ? unwrap(call.callee as Node) : undefined;
  const method = callee?.type === 'MemberExpression' && !callee.computed ? ((callee.property as Node).name as string) : undefined;
  if (!method || !LISTEN.has(method)) return undefined;
  return argsOf(call!)[method === 'subscribe' ? 0 : 1] === fn ? call! : undefined;
}

/** The JSX attribute whose value is `node` (`onTrack={node}`), if any. */
export function propAttribute(node: Node): Node | undefined {
  const container = node.parent;
  return container?.type === 'JSXExpressionContainer' && container.parent?.type === 'JSXAttribute' ? container.parent : undefined;
}

/** `window.cwTrack`, `globalThis.cwTrack`, `self.cwTrack`, Node's `global.cwTrack`: a name on the global object. */
export const GLOBAL_MEMBER = /^(?:window|global|globalThis|self)\.([$\w]+)$/u;

/**
 * The Vue global property an assignment's target is (`app.config.globalProperties.$track`, Vue 2's
 * `Vue.prototype.$track`): every component's `this.$track`. Undefined for any other target.
 */
export function vueGlobalProperty(left: Node): string | undefined {
  return VUE_GLOBAL_PROPERTY.exec(memberText(unwrap(left)))?.[1];
}
const VUE_GLOBAL_PROPERTY = /(?:^|\.)(?:globalProperties|prototype)\.(\$[$\w]+)$/u;

/** Vue's object of global properties itself: `app.config.globalProperties`, Vue 2's `Vue.prototype`. */
export function isVueGlobals(node: Node): boolean {
  return VUE_GLOBALS.test(memberText(unwrap(node)));
}
const VUE_GLOBALS = /(?:^|\.)(?:globalProperties|prototype)$/u;

/**
 * How a function is called by name: `function f(){}`, `const f = () => {}`, `const f = useCallback(…)`,
 * a method of an object held in a constant (`const analytics = { track(name) {…} }`), a class member
 * (`class Tracker { track(name) {…} }`), or a method reached through `this` (Vue options API).
 */
export function functionBinding(fn: Node): Binding | undefined {
  if (fn.type === 'FunctionDeclaration' && fn.id) return { name: (fn.id as Node).name as string, declarer: fn };
  const up = (n: Node | null | undefined): Node | null | undefined => {
    let p = n?.parent;
    while (p && TRANSPARENT.has(p.type)) p = p.parent;
    return p;
  };
  // `bus.on('track', (name) => …)`: called by the bus's `emit('track', …)`.
  const registered = listenerRegistration(fn);
  if (registered) return { listener: registered };
  let parent = up(fn);
  let child: Node = fn;
  while (parent?.type === 'CallExpression' && argsOf(parent)[0] === child) {
    if (!wrapsFunction(parent)) return undefined;
    child = parent;
    parent = up(parent);
  }
  // Vue: `app.config.globalProperties.$track = (name) => …` (or `Vue.prototype.$track`) is every component's `this.$track(…)`.
  if (parent?.type === 'AssignmentExpression' && parent.right === child) {
    const left = memberText(unwrap(parent.left as Node));
    const global = GLOBAL_MEMBER.exec(left)?.[1];
    if (global !== undefined) return { global };
    const member = vueGlobalProperty(parent.left as Node);
    // `constructor() { this.track = (name) => fbq('trackCustom', name); }`: a method of the instance.
    if (member === undefined) return constructorMember(unwrap(parent.left as Node));
    let root: Node = parent;
    while (root.parent) root = root.parent;
    return { member, thisScope: root };
  }
  // `return useCallback((name) => gtag('event', name), [])`, `() => (name) => …`.
  if (returnedNode(child)) return { handedOut: { node: child } };
  // `<Btn onTrack={(name) => fbq('trackCustom', name)} />`
  const attribute = propAttribute(child);
  if (attribute) return { prop: attribute };
  if (parent?.type === 'ArrayExpression') return { inList: parent };
  const binding: Binding = {};
  if ((parent?.type === 'Property' && parent.parent?.type === 'ObjectExpression') || parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition') {
    binding.member = keyName(parent);
    if (binding.member === undefined) return undefined;
    binding.thisScope = outermostContainer(parent);
    // `return { send: (n) => … }`: called on what the outer function's callers get.
    if (parent.type === 'Property' && returnedNode(parent.parent!)) binding.handedOut = { node: parent.parent!, key: binding.member };
    const holder = parent.type === 'Property' ? parent.parent! : (parent.parent?.parent as Node | undefined);
    if (parent.type !== 'Property') binding.isClass = !parent.static;
    if (holder?.type === 'ClassDeclaration' && holder.id) return { ...binding, name: (holder.id as Node).name as string, declarer: holder };
    parent = up(holder);
    // `window.clinicPixels = { lead(name) {…} }`: `window.clinicPixels.lead(…)` or `clinicPixels.lead(…)`.
    const global = parent?.type === 'AssignmentExpression' && parent.right === holder ? GLOBAL_MEMBER.exec(memberText(unwrap(parent.left as Node)))?.[1] : undefined;
    if (global !== undefined) return { ...binding, global };
  }
  if (parent?.type === 'VariableDeclarator' && (parent.id as Node).type === 'Identifier') {
    return { ...binding, name: (parent.id as Node).name as string, declarer: parent };
  }
  return binding.thisScope ? binding : undefined;
}

/** `this.track` assigned in a class's constructor: bound as the class's method `track`. */
function constructorMember(left: Node): Binding | undefined {
  if (left.type !== 'MemberExpression' || left.computed || unwrap(left.object as Node).type !== 'ThisExpression' || (left.property as Node).type !== 'Identifier') return undefined;
  const body = thisContainer(left);
  const ctor = thisFunction(left)?.parent;
  if (body?.type !== 'ClassBody' || ctor?.type !== 'MethodDefinition' || ctor.kind !== 'constructor') return undefined;
  const cls = body.parent!;
  const binding: Binding = { member: (left.property as Node).name as string, thisScope: body, isClass: true };
  return cls.type === 'ClassDeclaration' && cls.id ? { ...binding, name: (cls.id as Node).name as string, declarer: cls } : binding;
}

/** Whether a node is what a function returns: `return node`, or an arrow's expression body. */
export function returnedNode(node: Node): boolean {
  const parent = node.parent;
  return parent?.type === 'ReturnStatement' || (parent?.type === 'ArrowFunctionExpression' && parent.body === node);
}

function wrapsFunction(call: Node): boolean {
  const callee = unwrap(call.callee as Node);
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && !callee.computed ? (callee.property as Node).name : undefined;
  return FUNCTION_WRAPPERS.has(name as string);
}

/** The wrapper call a function `id` is passed to (`memo(Inner)`, `debounce(track, 300)`), if any. */
export function wrapperCall(id: Node): Node | undefined {
  const call = id.parent;
  return call?.type === 'CallExpression' && argsOf(call)[0] === id && wrapsFunction(call) ? call : undefined;
}

/** The name a wrapper's result is kept under (`const Tracked = memo(Inner)`), for a function `id` passed to it. */
export function wrapperBinding(id: Node): Binding | undefined {
  const holder = wrapperCall(id)?.parent;
  return holder?.type === 'VariableDeclarator' && (holder.id as Node).type === 'Identifier' ? { name: (holder.id as Node).name as string, declarer: holder } : undefined;
}

/** The nearest function that has its own `this` (arrows take their parent's). */
export function thisFunction(node: Node): Node | undefined {
  let fn = enclosingFunction(node);
  while (fn?.type === 'ArrowFunctionExpression') fn = enclosingFunction(fn);
  return fn;
}

/** The outermost object literal or class around a method: where `this.member()` reaches it. */
export function outermostContainer(node: Node): Node {
  let container = node;
  for (let n: Node | null | undefined = node; n; n = n.parent) {
    if (n.type === 'ObjectExpression' || n.type === 'ClassBody') container = n;
    else if (!['Property', 'MethodDefinition', 'PropertyDefinition', 'ClassDeclaration', 'ClassExpression', ...TRANSPARENT].includes(n.type)) break;
  }
  return container;
}

/**
 * The object literal or class that `this` is at `node`, reached through methods and arrow
 * functions only (a plain function's `this` is whatever its caller makes it).
 */
export function thisContainer(node: Node): Node | undefined {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'PropertyDefinition') return outermostContainer(n);
    if (!FUNCTION_TYPES.has(n.type) || n.type === 'ArrowFunctionExpression') continue;
    const member = n.parent;
    const isMethod = (member?.type === 'Property' && member.parent?.type === 'ObjectExpression') || member?.type === 'MethodDefinition';
    return isMethod ? outermostContainer(member) : undefined;
  }
  return undefined;
}

/** Is `this` at `node` a class itself (in a static method or field), not an instance? */
export function staticThis(node: Node): boolean {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'PropertyDefinition' || n.type === 'StaticBlock') return n.type === 'StaticBlock' || n.static === true;
    if (FUNCTION_TYPES.has(n.type) && n.type !== 'ArrowFunctionExpression') return n.parent?.type === 'MethodDefinition' && n.parent.static === true;
  }
  return false;
}

/**
 * The one method `name` of an object literal or class body: `{ name() {} }`, `{ name: () => {} }`,
 * `class { name() {} }`, `class { name = () => {} }`. `nested`: also in objects one level down
 * (Vue's `methods: { … }`, which `this` reaches). Undefined when none or several.
 */
export function methodOf(container: Node, name: string, nested = false): Node | undefined {
  const found: Node[] = [];
  const visit = (members: readonly Node[], depth: number): void => {
    for (const m of members) {
      if (m.computed || (m.type === 'MethodDefinition' && m.kind !== 'method')) continue;
      if (m.type !== 'Property' && m.type !== 'MethodDefinition' && m.type !== 'PropertyDefinition') continue;
      if ((m.type === 'Property' && m.kind !== 'init') || !m.value) continue;
      const value = unwrap(m.value as Node);
      if (keyName(m) === name && FUNCTION_TYPES.has(value.type)) found.push(value);
      else if (nested && depth === 0 && value.type === 'ObjectExpression') visit(value.properties as Node[], 1);
    }
  };
  visit((container.type === 'ClassBody' ? container.body : container.properties) as Node[], 0);
  return found.length === 1 ? found[0] : undefined;
}

/** Whether a class body declares instance member `name` in any form (method, accessor, field; `constructor`). */
export function declaresMember(body: Node, name: string): boolean {
  return (body.body as Node[]).some((m) => !m.static && !m.computed && (name === 'constructor' ? m.kind === 'constructor' : keyName(m) === name));
}

/** The call that invokes a function through this reference (`f(…)`, or `obj.member(…)`). */
export function callSite(id: Node, member: string | undefined, propName: (m: Node) => string | undefined): Node | undefined {
  let callee: Node = id;
  if (member !== undefined) {
    const m = id.parent;
    if (m?.type !== 'MemberExpression' || m.object !== id) return undefined;
    // `handlers[type](payload)`: a dispatch table's call by a key not known here may call any of its members.
    const key = propName(m);
    if (key !== member && !(m.computed && key === undefined)) return undefined;
    callee = m;
  }
  let parent = callee.parent;
  while (parent && parent.type === 'ChainExpression') {
    callee = parent;
    parent = parent.parent;
  }
  return parent?.type === 'CallExpression' && (parent.callee === callee || unwrap(parent.callee as Node) === callee) ? parent : undefined;
}

/** For `.then(fn)`, the promise `fn` receives. */
export function thenReceiver(fn: Node): Node | undefined {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || argsOf(call)[0] !== fn) return undefined;
  const callee = unwrap(call.callee as Node);
  return callee.type === 'MemberExpression' && !callee.computed && (callee.property as Node).name === 'then' ? (callee.object as Node) : undefined;
}

export const EQUALITY = new Set(['===', '!==', '==', '!=']);

/** A statement that always leaves the block: `return`, `throw`, `break`, `continue`, or a block ending in one. */
export function leaves(stmt: Node | undefined): boolean {
  if (!stmt) return false;
  if (stmt.type === 'ReturnStatement' || stmt.type === 'ThrowStatement' || stmt.type === 'BreakStatement' || stmt.type === 'ContinueStatement') return true;
  if (stmt.type !== 'BlockStatement') return false;
  const last = (stmt.body as Node[]).at(-1);
  return last !== undefined && leaves(last);
}

/** The function a store's call names: `create` of `create(fn)`, and of TypeScript's curried `create<State>()(fn)`. */
export function storeMaker(call: Node): Node | undefined {
  let callee = unwrap(call.callee as Node);
  if (callee.type === 'CallExpression' && argsOf(callee).length === 0) callee = unwrap(callee.callee as Node);
  return callee.type === 'Identifier' ? callee : undefined;
}

/** Zustand's store makers (`create`, `createStore`), imported from `zustand`, `zustand/vanilla` or `zustand/traditional`. */
export function isZustandCreate(from: { source: string; name: string } | undefined): boolean {
  return from !== undefined && /^zustand(?:\/|$)/u.test(from.source) && (from.name === 'create' || from.name === 'createStore' || from.name === 'default');
}

/**
 * What a class keeps under `key`: each value its body assigns to a member of that name
 * (`Tracker.inst = new Tracker()`, `this.instance ??= new Tracker()`) and a static field's
 * initializer (`static instance = new Tracker()`), in the order written. `propName` names an
 * assigned member as the caller reads names.
 */
export function keptValues(cls: Node, key: string, keys: VisitorKeys, propName: (member: Node) => string | undefined): Node[] {
  const kept: Node[] = [];
  walk(cls, keys, (n) => {
    if (n.type === 'AssignmentExpression' && (n.left as Node).type === 'MemberExpression' && propName(n.left as Node) === key) kept.push(unwrap(n.right as Node));
    else if (n.type === 'PropertyDefinition' && n.static && n.value && keyName(n) === key) kept.push(unwrap(n.value as Node));
  });
  return kept;
}
