import type { ImageReference } from './image-reference.parser';

/**
 * Base images that ship little beyond what an application needs at run time: no package manager
 * or shell in most, and fewer packages to carry vulnerabilities. Matched on the image's name and
 * tag as written, so mirrors in a private registry keep their verdict.
 *
 * - distroless: any repository with `distroless` in its path (gcr.io/distroless/static-debian12, …)
 * - Chainguard and Wolfi: cgr.dev/…, …/chainguard/…, images with `wolfi` in their name
 * - Alpine: the `alpine` image or any tag with `alpine` (node:20-alpine, postgres:16-alpine3.20)
 * - Debian and Python slim variants: a tag that is `slim` or has a `-slim`/`slim-` part (debian:bookworm-slim, python:3.12-slim-bookworm)
 * - Red Hat UBI minimal and micro: ubi8/ubi-minimal, ubi9/ubi-micro, ubi9-minimal
 * - Ubuntu chiselled images: a name or tag with `chiseled` (mcr.microsoft.com/dotnet/runtime:8.0-jammy-chiseled)
 * - BusyBox: the `busybox` image
 *
 * `scratch` is judged before this list: it is no image at all.
 */
const MINIMAL_BASES: readonly { kind: string; matches: (name: string, lastSegment: string, tag: string) => boolean }[] = [
  { kind: 'distroless', matches: (name) => name.includes('distroless') },
  { kind: 'Chainguard', matches: (name) => name.startsWith('cgr.dev/') || name.includes('chainguard/') },
  { kind: 'Wolfi', matches: (name) => name.includes('wolfi') },
  { kind: 'Alpine', matches: (_name, last, tag) => last === 'alpine' || tag.includes('alpine') },
  { kind: 'slim', matches: (_name, _last, tag) => tag === 'slim' || tag.includes('-slim') || tag.startsWith('slim-') },
  { kind: 'UBI minimal', matches: (_name, last) => last.includes('ubi') && (last.includes('minimal') || last.includes('micro')) },
  { kind: 'chiselled Ubuntu', matches: (name, _last, tag) => name.includes('chiseled') || tag.includes('chiseled') },
  { kind: 'BusyBox', matches: (_name, last) => last === 'busybox' },
];

/** Which kind of minimal base the image is, or null for a full distribution image. */
export function minimalBaseKind(reference: ImageReference): string | null {
  const name = reference.name.toLowerCase();
  const lastSegment = name.slice(name.lastIndexOf('/') + 1);
  const tag = (reference.tag ?? '').toLowerCase();
  return MINIMAL_BASES.find((base) => base.matches(name, lastSegment, tag))?.kind ?? null;
}
