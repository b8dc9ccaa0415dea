/**
 * A reflected string property that never throws: any value a script sets
 * (a number, an object, even a Symbol, which setAttribute rejects) becomes text.
 */
export const reflectedString = {
  reflect: true,
  converter: {
    fromAttribute: (value: string | null) => value,
    toAttribute: (value: unknown) =>
      value == null ? null : typeof value === 'symbol' ? value.toString() : String(value),
  },
} as const;

/**
 * A reflected string property with a default the element sets itself: the
 * default is never written as an attribute (an upgrading or hydrating element
 * adds nothing to its own tag, so server HTML and frameworks see no change);
 * a value the reader or a script sets is reflected, and removing the attribute
 * restores the default.
 */
export const reflectedWithDefault = { ...reflectedString, useDefault: true } as const;
