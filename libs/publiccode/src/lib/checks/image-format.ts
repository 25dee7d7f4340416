const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export type ImageInfo = { ok: true; width: number; height: number } | { ok: false; error: string };

/**
 * The size of a PNG from its header (signature, then the IHDR chunk), without decoding pixels.
 * Errors are worded like Go's image package, which the reference validator reports verbatim.
 */
export function readPngSize(bytes: Uint8Array): ImageInfo {
  if (bytes.length < PNG_SIGNATURE.length || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) {
    return { ok: false, error: 'image: unknown format' };
  }
  if (bytes.length < 24) return { ok: false, error: 'unexpected EOF' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (view.getUint32(8) !== 13 || chunkType !== 'IHDR') return { ok: false, error: 'png: invalid format: first chunk is not IHDR' };
  return { ok: true, width: view.getUint32(16), height: view.getUint32(20) };
}
