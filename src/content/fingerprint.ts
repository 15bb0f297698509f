/**
 * The fingerprint of a content item: `sha256-` and the base64 SHA-256 of its JSON in RFC 8785
 * canonical form (keys sorted, numbers and strings written one way), so the same item has the same
 * fingerprint on every machine and in any tool. A sign-off records it; any edit to the item changes
 * it. A chunk of its own (about 3 KB): only content that carries sign-offs fetches it.
 */
import canonicalize from 'canonicalize';
import { sha256 } from '@noble/hashes/sha2.js';

/** `sha256-…` of `item`'s canonical JSON. */
export function fingerprint(item: unknown): string {
  const bytes = sha256(new TextEncoder().encode(canonicalize(item) ?? 'null'));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}
