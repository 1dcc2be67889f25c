import { createHash } from 'node:crypto';

/** What a partner needs to check a downloaded file: its size and SHA-256. */
export interface FileDigest {
  /** Size in bytes of the file as served (UTF-8 for text). */
  bytes: number;
  /** SHA-256 of those bytes, 64 lower-case hex digits (what `sha256sum` prints). */
  sha256: string;
}

/**
 * Size and SHA-256 of a file's exact bytes; text is hashed as UTF-8, the encoding every endpoint
 * serves it in, so the digest is that of the file a partner downloads.
 */
export function fileDigest(content: string | Uint8Array): FileDigest {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}
