import type { HardeningCheck } from '../catalogue.types';
import { clipText } from '../text/text-limits';
import { finalBase, type DockerfileFacts } from './dockerfile-facts';
import { parseImageReference } from './image-reference.parser';

const MAX_USER_IN_DETAIL = 100;

/**
 * The final image runs as a user other than root. USER is inherited through the stages of the
 * chain; without one the base image's user applies, which is root except in `nonroot` variants
 * (gcr.io/distroless/...:nonroot, :debug-nonroot).
 */
export function nonRootUserCheck(facts: DockerfileFacts): HardeningCheck {
  const name = 'non-root-user';
  const user = facts.config.user;
  if (!user) {
    const base = finalBase(facts);
    if ((parseImageReference(base.image).tag ?? '').toLowerCase().includes('nonroot')) {
      return { name, passed: true, detail: `no USER; the base image's nonroot variant (line ${base.line}) runs as a non-root user` };
    }
    return { name, passed: false, detail: 'no USER in the final stage: the container runs as its base image\'s user, root for most images; add USER with a non-root name or uid' };
  }
  const shown = clipText(user.value, MAX_USER_IN_DETAIL);
  if (!user.resolved) return { name, passed: false, detail: `USER ${shown} (line ${user.line}) is only known at build time; give the build argument a non-root default` };
  const account = user.value.split(':')[0].trim();
  if (account === '' || account.toLowerCase() === 'root' || /^0+$/.test(account)) {
    return { name, passed: false, detail: `USER ${shown} (line ${user.line}) runs the container as root; end the final stage with USER and a non-root name or uid` };
  }
  return { name, passed: true, detail: `USER ${shown} (line ${user.line})` };
}

/** A HEALTHCHECK in the final image, not switched off with NONE: Docker and Compose restart what they can see failing. */
export function healthcheckCheck(facts: DockerfileFacts): HardeningCheck {
  const name = 'healthcheck';
  const healthcheck = facts.config.healthcheck;
  if (!healthcheck) return { name, passed: false, detail: 'no HEALTHCHECK in the final stage; add HEALTHCHECK CMD with a command that fails when the service does' };
  if (healthcheck.value.trim().toUpperCase() === 'NONE') {
    return { name, passed: false, detail: `HEALTHCHECK NONE (line ${healthcheck.line}) switches the health check off` };
  }
  return { name, passed: true, detail: `HEALTHCHECK (line ${healthcheck.line})` };
}
