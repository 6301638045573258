/**
 * Objects keyed by untrusted names (models, metrics, labels and thresholds from artifacts or a PR-edited
 * baseline). On a plain `{}`, reading `constructor` or `toString` finds Object.prototype's methods and assigning
 * `__proto__` replaces the prototype instead of adding a key; these helpers make such names behave like any other.
 */

/** A record without a prototype: a missing key reads as `undefined`, whatever its name. */
export function ownRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const record = Object.create(null) as Record<string, T>
  for (const [key, value] of entries) setOwn(record, key, value)
  return record
}

/** The value stored under `key` on the record itself, never one inherited from a prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined
}

/** Stores `value` under `key` as an ordinary property, even when the key is `__proto__`. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true })
}
