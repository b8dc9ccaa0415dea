/**
 * Code that only some pages need, fetched once on first use and then read
 * synchronously (server rendering loads it before it renders). A failed load
 * is tried again next time rather than remembered.
 */
export interface Lazy<T> {
  /** The module once it has arrived, else undefined. */
  get(): T | undefined;
  load(): Promise<T>;
}

export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get: () => value,
    load: () =>
      (pending ??= importer().then(
        (module) => (value = module),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}
