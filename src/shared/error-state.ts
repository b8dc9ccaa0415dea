import { PmErrorEvent, type PmErrorCode } from '../events.js';

export interface ElementError {
  code: PmErrorCode;
  message: string;
}

const reported = new WeakMap<HTMLElement, string>();

/**
 * Makes an error known once: one console warning and one `pm-error` event per
 * distinct error of an element, however often it re-renders.
 */
export function reportError(host: HTMLElement, error: ElementError | undefined): void {
  const key = error ? `${error.code}:${error.message}` : '';
  if (reported.get(host) === key) return;
  reported.set(host, key);
  if (!error) return;
  console.warn(`<${host.localName}>: ${error.message}`);
  host.dispatchEvent(new PmErrorEvent({ ...error }));
}
