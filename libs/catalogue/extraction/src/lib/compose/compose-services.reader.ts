import { field, flag, isRecord, text, textList } from '../support/untrusted-values';

/** What the catalogue reads of one Compose service; every value checked for its type. */
export interface ComposeService {
  name: string;
  image: string | null;
  /** The build context, for services built from the repository instead of pulled. */
  build: string | null;
  ports: string[];
  readOnly: boolean;
  user: string | null;
  capDrop: string[];
  privileged: boolean;
  /** A health check of the service's own that is not switched off. */
  healthcheck: boolean;
}

/** The services in file order; an entry that is not a mapping is no service and is left out. */
export function composeServices(services: unknown): ComposeService[] {
  if (!isRecord(services)) return [];
  return Object.entries(services).flatMap(([name, service]) => (isRecord(service) ? [serviceOf(name, service)] : []));
}

function serviceOf(name: string, service: Record<string, unknown>): ComposeService {
  const build = field(service, 'build');
  return {
    name,
    image: text(field(service, 'image')),
    build: text(build) ?? text(field(build, 'context')),
    ports: portsOf(field(service, 'ports')),
    readOnly: flag(field(service, 'read_only')) === true,
    user: text(field(service, 'user')),
    capDrop: textList(field(service, 'cap_drop')),
    privileged: flag(field(service, 'privileged')) === true,
    healthcheck: hasHealthcheck(field(service, 'healthcheck')),
  };
}

/** Short syntax as written (`127.0.0.1:8080:80/tcp`); long syntax in the same form. */
function portsOf(ports: unknown): string[] {
  if (!Array.isArray(ports)) return [];
  return ports.flatMap((port) => {
    if (typeof port === 'string') return text(port) ?? [];
    const target = text(field(port, 'target'));
    if (!target) return [];
    const published = text(field(port, 'published'));
    const hostIp = text(field(port, 'host_ip'));
    const protocol = text(field(port, 'protocol'));
    return [`${hostIp ? `${hostIp}:` : ''}${published ? `${published}:` : ''}${target}${protocol ? `/${protocol}` : ''}`];
  });
}

/** `disable: true` and `test: NONE` switch the image's check off; without `test` the file defines none. */
function hasHealthcheck(healthcheck: unknown): boolean {
  if (!isRecord(healthcheck) || flag(field(healthcheck, 'disable')) === true) return false;
  const test = textList(field(healthcheck, 'test'));
  return test.length > 0 && test[0].toUpperCase() !== 'NONE';
}
