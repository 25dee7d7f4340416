import type { Hardening } from '../catalogue.types';
import { hardeningOf } from '../hardening';
import { baseImageDigestCheck, baseImageTagCheck, minimalBaseCheck } from './base-image.checks';
import { remoteAddCheck, secretsInEnvCheck } from './build.checks';
import type { DockerfileFacts } from './dockerfile-facts';
import { packageCacheCheck } from './package-cache.check';
import { healthcheckCheck, nonRootUserCheck } from './runtime.checks';

/**
 * Weights by what a failure costs whoever runs the image (15 in all):
 * - 3 non-root-user, no-secrets-in-env: a root process turns any exploit into control of the
 *   container and a foothold on the host; a secret in a pulled image is compromised at once.
 * - 2 base-image-digest, no-remote-add, minimal-base-image: what goes into the image is
 *   reproducible and reviewed, and a small base carries few packages to be vulnerable.
 * - 1 base-image-tag: the weaker half of pinning, redundant once a digest is there.
 * - 1 healthcheck: operability more than security; Kubernetes ignores it and runs its own probes.
 * - 1 package-cache-cleaned: image size and stale package indexes, little direct risk.
 */
export const DOCKERFILE_WEIGHTS: Readonly<Record<string, number>> = {
  'non-root-user': 3,
  'no-secrets-in-env': 3,
  'base-image-digest': 2,
  'no-remote-add': 2,
  'minimal-base-image': 2,
  'base-image-tag': 1,
  healthcheck: 1,
  'package-cache-cleaned': 1,
};

export function dockerfileHardening(facts: DockerfileFacts): Hardening {
  return hardeningOf(
    [
      nonRootUserCheck(facts),
      baseImageDigestCheck(facts),
      baseImageTagCheck(facts),
      healthcheckCheck(facts),
      minimalBaseCheck(facts),
      remoteAddCheck(facts),
      secretsInEnvCheck(facts),
      packageCacheCheck(facts),
    ],
    DOCKERFILE_WEIGHTS,
  );
}
