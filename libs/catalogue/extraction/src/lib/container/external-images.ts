import type { Dockerfile } from './dockerfile.types';
import { isScratch } from './image-reference.parser';
import type { StageSource } from './image-config.resolver';

/** An image pulled from a registry during the build: a stage's base, or files copied or mounted from it. */
export interface ExternalImage {
  image: string;
  line: number;
  stage: number;
  via: 'FROM' | StageSource['via'];
  /** False when a build argument without default names it: the image is only known at build time. */
  resolved: boolean;
}

/** Every external image in line order; stages that build on earlier stages and `scratch` are not images. */
export function externalImages(dockerfile: Dockerfile, sources: readonly StageSource[]): ExternalImage[] {
  const stageNames = new Set(dockerfile.stages.flatMap((stage) => (stage.name === null ? [] : [stage.name])));
  const isStage = (from: string) => stageNames.has(from.toLowerCase()) || (/^\d{1,6}$/.test(from) && Number(from) < dockerfile.stages.length);
  const images: ExternalImage[] = [];
  for (const stage of dockerfile.stages) {
    if (stage.parent !== null || isScratch(stage.image)) continue;
    images.push({ image: stage.image, line: stage.line, stage: stage.index, via: 'FROM', resolved: stage.unresolved.length === 0 });
  }
  for (const { from, stage, via } of sources) {
    if (!isStage(from.value) && !isScratch(from.value)) images.push({ image: from.value, line: from.line, stage, via, resolved: from.resolved });
  }
  return images.sort((a, b) => a.line - b.line);
}
