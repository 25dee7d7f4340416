import type { Hardening, HardeningCheck } from '../catalogue.types';
import { hardeningOf } from '../hardening';
import type { ComposeService } from './compose-services.reader';

/**
 * A privileged container is root on the host, so that check weighs most; a root user and the
 * default capabilities are what an escape builds on; a read-only root filesystem and a health
 * check limit damage and downtime but open no door when missing.
 */
const WEIGHTS: Readonly<Record<string, number>> = {
  'not-privileged': 3,
  'non-root-user': 2,
  'capabilities-dropped': 2,
  'read-only-root-filesystem': 1,
  healthcheck: 1,
};

/** Services named in a detail; a file with hundreds of services gets a count for the rest. */
const NAMED_SERVICES = 10;

/**
 * How hardened the services of a Compose file are, one check per practice: it passes when every
 * service follows it, and its detail names the services that do not. Null without services.
 */
export function composeHardening(services: readonly ComposeService[]): Hardening | null {
  if (services.length === 0) return null;
  const checks: HardeningCheck[] = [
    check('not-privileged', services, (service) => !service.privileged, 'privileged, i.e. root on the host (privileged: true)', 'no service runs privileged'),
    check('non-root-user', services, (service) => service.user !== null && !isRoot(service.user), 'no user, or root (set user: to another user)', 'every service runs as a user other than root'),
    check('capabilities-dropped', services, (service) => service.capDrop.some((capability) => capability.toUpperCase() === 'ALL'), 'the default capabilities (set cap_drop: [ALL])', 'every service drops all capabilities'),
    check('read-only-root-filesystem', services, (service) => service.readOnly, 'a writable root filesystem (set read_only: true)', 'every service has a read-only root filesystem'),
    check('healthcheck', services, (service) => service.healthcheck, 'no health check in this file (the image may define one)', 'every service defines a health check'),
  ];
  return hardeningOf(checks, WEIGHTS);
}

function check(name: string, services: readonly ComposeService[], follows: (service: ComposeService) => boolean, failure: string, success: string): HardeningCheck {
  const failing = services.filter((service) => !follows(service)).map((service) => service.name);
  if (failing.length === 0) return { name, passed: true, detail: success };
  const named = failing.slice(0, NAMED_SERVICES).join(', ');
  const more = failing.length > NAMED_SERVICES ? ` and ${failing.length - NAMED_SERVICES} more` : '';
  return { name, passed: false, detail: `${failing.length === 1 ? 'service' : 'services'} ${named}${more}: ${failure}` };
}

/** `root`, `0`, `root:staff`, `0:0`: the user part names root. */
function isRoot(user: string): boolean {
  const name = user.split(':')[0].trim();
  return name === '' || name === 'root' || name === '0';
}
