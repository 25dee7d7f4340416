/** `[registry[:port]/]repository[:tag][@digest]`, split without validating: a typo is still shown as written. */
export interface ImageReference {
  /** Registry and repository, without tag and digest. */
  name: string;
  tag: string | null;
  digest: string | null;
}

const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/;

export function parseImageReference(reference: string): ImageReference {
  const at = reference.indexOf('@');
  const digest = at < 0 ? null : reference.slice(at + 1);
  const named = at < 0 ? reference : reference.slice(0, at);
  const colon = named.lastIndexOf(':');
  if (colon < 0 || colon < named.lastIndexOf('/')) return { name: named, tag: null, digest };
  return { name: named.slice(0, colon), tag: named.slice(colon + 1), digest };
}

export function isPinnedByDigest(reference: ImageReference): boolean {
  return reference.digest !== null && SHA256_DIGEST.test(reference.digest);
}

/** The empty image: nothing to pull, pin or patch. */
export function isScratch(image: string): boolean {
  return image.toLowerCase() === 'scratch';
}
