/**
 * The element's declared properties (`static properties`, as Lit declares them): an accessor on
 * the declaring class for each, which keeps the value and asks the element for an update; which
 * attribute each reads; and how a value is read from, and written to, its attribute.
 */

/** How a property meets its attribute (a subset of Lit's `PropertyDeclaration`). */
export interface PropertyOptions {
  /** The attribute's name (default: the property's, lower-cased); false for a property only. */
  attribute?: string | false;
  /** Boolean: present or absent. */
  type?: typeof Boolean;
  /** The property's value is written back to its attribute. */
  reflect?: boolean;
  converter?: { fromAttribute(value: string | null): unknown; toAttribute(value: never): string };
}

/** What an accessor needs of the element. */
export interface PropertyHost {
  /** The declared properties' values. */
  readonly values: Map<string, unknown>;
  requestUpdate(name?: string, old?: unknown): void;
}

export interface Declarations {
  /** Each property's options. */
  readonly options: ReadonlyMap<string, PropertyOptions>;
  /** Attribute name → property name. */
  readonly byAttribute: ReadonlyMap<string, string>;
}

const declared = new WeakMap<object, Declarations>();

export const attributeOf = (name: string, options: PropertyOptions): string | null =>
  options.attribute === false ? null : (options.attribute ?? name.toLowerCase());

/** The declarations of `ctor`, with an accessor for each property on its prototype (made once). */
export function declare(ctor: { prototype: object; properties: Record<string, PropertyOptions> }): Declarations {
  const found = declared.get(ctor);
  if (found) return found;
  const options = new Map(Object.entries(ctor.properties));
  const byAttribute = new Map<string, string>();
  for (const [name, option] of options) {
    const attribute = attributeOf(name, option);
    if (attribute) byAttribute.set(attribute, name);
    if (Object.hasOwn(ctor.prototype, name)) continue;
    Object.defineProperty(ctor.prototype, name, {
      get(this: PropertyHost) {
        return this.values.get(name);
      },
      set(this: PropertyHost, value: unknown) {
        const old = this.values.get(name);
        this.values.set(name, value);
        this.requestUpdate(name, old);
      },
      configurable: true,
      enumerable: true,
    });
  }
  const declarations = { options, byAttribute };
  declared.set(ctor, declarations);
  return declarations;
}

/** The property's value for an attribute's (null: absent). */
export const fromAttribute = (options: PropertyOptions, value: string | null): unknown =>
  options.converter ? options.converter.fromAttribute(value) : options.type === Boolean ? value !== null : value;

/** The attribute's value for a property's (null or undefined: no attribute). */
export const toAttribute = (options: PropertyOptions, value: unknown): string | null | undefined =>
  options.converter
    ? options.converter.toAttribute(value as never)
    : options.type === Boolean
      ? value
        ? ''
        : null
      : (value as string | null | undefined);
