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
