/**
 * RFC 8785 JSON Canonicalization Scheme (JCS). The chain hashes these bytes, so the same event
 * gives the same hash in any process, any version of this code and any other JCS implementation.
 *
 * - Object keys sorted by their UTF-16 code units (JavaScript's default string order is exactly that).
 * - Numbers as ECMAScript's Number.prototype.toString (which JSON.stringify uses); NaN and the
 *   infinities have no JSON form and are refused rather than silently turned into null.
 * - Strings escaped as JSON.stringify does (RFC 8785 3.2.2.2 follows ECMAScript's rules).
 * - No whitespace.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new Error('canonical JSON: NaN and Infinity are not JSON numbers');
      return JSON.stringify(value); // -0 becomes "0", as RFC 8785 requires
    case 'string':
      assertWellFormed(value);
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value as Record<string, unknown>);
    case 'bigint': // no exact JSON number form: callers turn ids into strings first
    case 'undefined':
    case 'function':
    case 'symbol':
      break;
  }
  throw new Error(`canonical JSON: a ${typeof value} is not a JSON value`);
}

function canonicalArray(items: unknown[]): string {
  return `[${items.map((item) => canonicalJson(item)).join(',')}]`;
}

function canonicalObject(object: Record<string, unknown>): string {
  if (Object.getPrototypeOf(object) !== Object.prototype && Object.getPrototypeOf(object) !== null) {
    // A Date, Map or class instance has no single JSON form: the caller converts it first.
    throw new Error('canonical JSON: only plain objects are JSON objects');
  }
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort(); // UTF-16 code unit order
  return `{${keys.map((key) => `${canonicalJson(key)}:${canonicalJson(object[key])}`).join(',')}}`;
}

/** RFC 8785 3.2.2.2: lone surrogates are not valid Unicode and must be refused. */
function assertWellFormed(text: string): void {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      throw new Error('canonical JSON: string contains a lone surrogate');
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) throw new Error('canonical JSON: string contains a lone surrogate');
  }
}
