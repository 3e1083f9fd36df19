/**
 * Reads a key only when the object itself holds it: values and option tables are plain JSON
 * keyed by user-chosen strings, and `constructor` or `toString` must not reach Object.prototype.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
