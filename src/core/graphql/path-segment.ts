/**
 * A percent-encoded part of a request path, decoded; null when it is no valid encoding (`%ZZ`, a
 * lone `%`, bytes that are no UTF-8). `decodeURIComponent` throws on those, and a route that let
 * it throw answered a request for `/hsds/services/%ZZ` with a 500.
 */
export function decodedPathSegment(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
