import type { Dockerfile, DockerStage } from './dockerfile.types';
import { externalImages, type ExternalImage } from './external-images';
import { finalChain, finalImageConfig, stageSources, type ImageConfig } from './image-config.resolver';

/** What the hardening checks and the component are read from. */
export interface DockerfileFacts {
  dockerfile: Dockerfile;
  /** The stages the final image is made of, the one on an external image (or scratch) first. */
  chain: DockerStage[];
  config: ImageConfig;
  externalImages: ExternalImage[];
}

export function dockerfileFacts(dockerfile: Dockerfile): DockerfileFacts {
  return {
    dockerfile,
    chain: finalChain(dockerfile.stages),
    config: finalImageConfig(dockerfile),
    externalImages: externalImages(dockerfile, stageSources(dockerfile)),
  };
}

/** The stage at the root of the final image's chain: its image is what the final image is built on. */
export function finalBase(facts: DockerfileFacts): DockerStage {
  return facts.chain[0];
}

/** `line 3` or `lines 3, 9, 14`, for details that point at the places to fix. */
export function linesOf(lines: readonly number[]): string {
  return `${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}`;
}
