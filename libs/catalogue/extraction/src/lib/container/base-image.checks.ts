import type { HardeningCheck } from '../catalogue.types';
import { finalBase, type DockerfileFacts } from './dockerfile-facts';
import type { ExternalImage } from './external-images';
import { isPinnedByDigest, isScratch, parseImageReference } from './image-reference.parser';
import { minimalBaseKind } from './minimal-base-images';
import { clipText } from '../text/text-limits';

const MAX_LISTED = 5;
const MAX_IMAGE_IN_DETAIL = 200;

/** Every external image (stage bases, COPY --from, RUN --mount) pinned by `@sha256:`: a tag can be moved, a digest cannot. */
export function baseImageDigestCheck(facts: DockerfileFacts): HardeningCheck {
  const name = 'base-image-digest';
  if (facts.externalImages.length === 0) return { name, passed: true, detail: 'builds FROM scratch only; there is no image to pin' };
  const unpinned = facts.externalImages.filter((image) => !image.resolved || !isPinnedByDigest(parseImageReference(image.image)));
  if (unpinned.length === 0) return { name, passed: true, detail: `every external image is pinned by digest (${facts.externalImages.length})` };
  return { name, passed: false, detail: `not pinned by digest: ${listed(unpinned, describeImage)}; add @sha256:<digest> to each` };
}

/** No image taken as `latest`, named or implied by a missing tag; a digest pins it regardless of the tag. */
export function baseImageTagCheck(facts: DockerfileFacts): HardeningCheck {
  const name = 'base-image-tag';
  const floating = facts.externalImages.filter((image) => {
    const reference = parseImageReference(image.image);
    return !image.resolved || (!isPinnedByDigest(reference) && (reference.tag === null || reference.tag.toLowerCase() === 'latest'));
  });
  if (floating.length === 0) return { name, passed: true, detail: 'every external image names a version tag or a digest' };
  return { name, passed: false, detail: `floating images: ${listed(floating, describeTag)}; name a version tag` };
}

/** The final image is built on scratch or on a base from the documented list in minimal-base-images.ts. */
export function minimalBaseCheck(facts: DockerfileFacts): HardeningCheck {
  const name = 'minimal-base-image';
  const base = finalBase(facts);
  const where = `line ${base.line}`;
  const image = clipText(base.image, MAX_IMAGE_IN_DETAIL);
  if (isScratch(base.image)) return { name, passed: true, detail: `the final image is built FROM scratch (${where})` };
  if (base.unresolved.length > 0) return { name, passed: false, detail: `the final base ${image} (${where}) is only known at build time; give ${clipText(base.unresolved.join(', '), MAX_IMAGE_IN_DETAIL)} a default` };
  const kind = minimalBaseKind(parseImageReference(base.image));
  if (kind) return { name, passed: true, detail: `the final base ${image} (${where}) is a minimal image (${kind})` };
  return { name, passed: false, detail: `the final base ${image} (${where}) is a full distribution image; build the final stage on a distroless, slim, Alpine, Chainguard or UBI minimal image` };
}

function describeImage(image: ExternalImage): string {
  const shown = clipText(image.image, MAX_IMAGE_IN_DETAIL);
  return image.resolved ? `${shown} (line ${image.line}, ${image.via})` : `${shown} (line ${image.line}, ${image.via}, only known at build time)`;
}

function describeTag(image: ExternalImage): string {
  const shown = clipText(image.image, MAX_IMAGE_IN_DETAIL);
  if (!image.resolved) return `${shown} (line ${image.line}, only known at build time)`;
  return parseImageReference(image.image).tag === null ? `${shown} (line ${image.line}, no tag means latest)` : `${shown} (line ${image.line})`;
}

function listed(images: readonly ExternalImage[], describe: (image: ExternalImage) => string): string {
  const shown = images.slice(0, MAX_LISTED).map(describe).join(', ');
  return images.length > MAX_LISTED ? `${shown} and ${images.length - MAX_LISTED} more` : shown;
}
