/** Describing files larger than this are not parsed (a 10 MB Dockerfile is an attack, not a build). */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
