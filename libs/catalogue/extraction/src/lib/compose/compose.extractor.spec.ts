import { countYamlWork } from '@allmende/testing';
import { itRefusesUnreadableFiles, onlyComponent, onlyFinding } from '../support/catalogue-files.fixtures';
import { composeExtractor } from './compose.extractor';

const NEXTCLOUD = `name: nextcloud-kommune
x-hardened: &hardened
  read_only: true
  cap_drop: [ALL]
  user: "33:33"
services:
  app:
    <<: *hardened
    image: nextcloud:29-fpm-alpine@sha256:0123
    healthcheck:
      test: ["CMD", "php", "occ", "status"]
  web:
    <<: *hardened
    image: nginx:1.27-alpine
    user: 101
    ports:
      - "127.0.0.1:8080:8080"
      - 8443
      - target: 9000
        published: 9001
        protocol: udp
    healthcheck:
      test: curl -f http://localhost:8080/
  db:
    image: postgres:16
    user: postgres
    cap_drop: [ALL]
    read_only: true
    privileged: false
    healthcheck:
      test: ["CMD", "pg_isready"]
  worker:
    <<: *hardened
    image: nextcloud:29-fpm-alpine@sha256:0123
    build: ./worker
    healthcheck:
      test: ["CMD", "true"]
`;

describe('Compose extractor', () => {
  it('matches the four Compose file names in any folder, but not in vendored folders', () => {
    expect(['docker-compose.yml', 'deploy/docker-compose.yaml', 'compose.yml', 'a/b/compose.yaml'].every(composeExtractor.matches)).toBe(true);
    expect(['docker-compose.override.yml', 'compose.json', 'node_modules/x/compose.yml'].some(composeExtractor.matches)).toBe(false);
  });

  it('reads a hardened setup into one configuration with its services, images and hardening', () => {
    expect(onlyComponent(composeExtractor, 'deploy/compose.yaml', NEXTCLOUD)).toEqual({
      key: 'CONFIGURATION:deploy/compose.yaml',
      kind: 'CONFIGURATION',
      path: 'deploy/compose.yaml',
      name: 'nextcloud-kommune',
      version: null,
      ecosystem: null,
      descriptions: {},
      categories: [],
      platforms: [],
      softwareType: null,
      developmentStatus: null,
      maintenanceType: null,
      declaredLicense: null,
      dependsOn: ['nextcloud:29-fpm-alpine@sha256:0123', 'nginx:1.27-alpine', 'postgres:16'],
      usedBy: [],
      logo: null,
      hardening: {
        score: 100,
        level: 'HIGH',
        checks: [
          { name: 'not-privileged', passed: true, detail: 'no service runs privileged' },
          { name: 'non-root-user', passed: true, detail: 'every service runs as a user other than root' },
          { name: 'capabilities-dropped', passed: true, detail: 'every service drops all capabilities' },
          { name: 'read-only-root-filesystem', passed: true, detail: 'every service has a read-only root filesystem' },
          { name: 'healthcheck', passed: true, detail: 'every service defines a health check' },
        ],
      },
      details: {
        services: [
          { name: 'app', image: 'nextcloud:29-fpm-alpine@sha256:0123' },
          { name: 'web', image: 'nginx:1.27-alpine', ports: ['127.0.0.1:8080:8080', '8443', '9001:9000/udp'] },
          { name: 'db', image: 'postgres:16' },
          { name: 'worker', image: 'nextcloud:29-fpm-alpine@sha256:0123', build: './worker' },
        ],
      },
    });
  });

  it('names the services that miss a practice, weighted by what it protects', () => {
    const content = `services:
  web:
    image: nginx
    privileged: true
    user: "0:0"
    healthcheck: {test: ["NONE"]}
  db:
    image: postgres
    user: root
    cap_drop: [NET_RAW]
    healthcheck: {test: [CMD, pg_isready], disable: true}
  cache:
    build: {context: ./cache}
    user: "1000"
    read_only: true
    cap_drop: [all]
    healthcheck: {interval: 10s}
`;
    const component = onlyComponent(composeExtractor, 'compose.yml', content);
    expect(component.name).toBe('compose');
    expect(component.dependsOn).toEqual(['nginx', 'postgres']);
    expect(component.hardening).toEqual({
      score: 0,
      level: 'LOW',
      checks: [
        { name: 'not-privileged', passed: false, detail: 'service web: privileged, i.e. root on the host (privileged: true)' },
        { name: 'non-root-user', passed: false, detail: 'services web, db: no user, or root (set user: to another user)' },
        { name: 'capabilities-dropped', passed: false, detail: 'services web, db: the default capabilities (set cap_drop: [ALL])' },
        { name: 'read-only-root-filesystem', passed: false, detail: 'services web, db: a writable root filesystem (set read_only: true)' },
        { name: 'healthcheck', passed: false, detail: 'services web, db, cache: no health check in this file (the image may define one)' },
      ],
    });
    const safer = onlyComponent(composeExtractor, 'compose.yml', content.replace('privileged: true', 'privileged: false'));
    expect(safer.hardening).toMatchObject({ score: 33, level: 'LOW' });
  });

  it('names at most ten failing services and counts the rest', () => {
    const services = Array.from({ length: 12 }, (_, index) => `  s${index}: {image: busybox}`).join('\n');
    const detail = onlyComponent(composeExtractor, 'compose.yml', `services:\n${services}\n`).hardening?.checks[1].detail;
    expect(detail).toBe('services s0, s1, s2, s3, s4, s5, s6, s7, s8, s9 and 2 more: no user, or root (set user: to another user)');
  });

  it.each([
    ['docker-compose.yml', 'docker-compose'],
    ['ops/nextcloud/docker-compose.yml', 'nextcloud'],
  ])('names a file without `name` at %s after its folder, or after itself at the root', (path, name) => {
    expect(onlyComponent(composeExtractor, path, 'services: {}\n')).toMatchObject({ name, hardening: null, details: { services: [] } });
  });

  it('leaves out every value of the wrong type and services that are not mappings', () => {
    const content = 'name: [a]\nservices:\n  web: 5\n  api:\n    image: [nginx]\n    ports: "80:80"\n    read_only: "true"\n    privileged: yes\n    cap_drop: ALL\n    user: {name: root}\n    healthcheck: [CMD, true]\n  tail: null\n';
    const component = onlyComponent(composeExtractor, 'srv/compose.yml', content);
    expect(component).toMatchObject({ name: 'srv', dependsOn: [], details: { services: [{ name: 'api' }] } });
    expect(component.hardening?.checks.map((check) => check.passed)).toEqual([true, false, true, false, false]);
  });

  it('reads a file with no services at all as a configuration without hardening', () => {
    expect(onlyComponent(composeExtractor, 'compose.yml', 'name: empty\n')).toMatchObject({ name: 'empty', hardening: null, dependsOn: [], details: { services: [] } });
  });

  it.each([
    ['broken YAML', 'services:\n  web:\n    image: nginx\n   ports: [80\n', 4, /^not valid YAML: /],
    ['services as a list', 'name: x\nservices:\n  - web\n', 2, /`services` is a mapping/],
    ['a list at the top', '- web\n', 1, /a mapping with services/],
    ['an empty file', '', 1, /a mapping with services/],
    ['100,000 levels of nesting', `services:\n  web:\n    command: ${'['.repeat(100_000)}\n`, null, /nested deeper than 64 levels/],
    ['an alias bomb through merge keys', `a: &a {x: 1}\n${Array.from({ length: 9 }, (_, i) => `b${i}: &b${i} [${Array(10).fill(i === 0 ? '*a' : `*b${i - 1}`).join(', ')}]`).join('\n')}\nservices:\n  web:\n    <<: *a\n    image: *b8\n`, null, /aliases expand/],
  ])('refuses %s with a finding and no component, before reading it to the end or expanding it', (_case, content, line, message) => {
    const { result: finding, tokens, aliasesResolved } = countYamlWork(() => onlyFinding(composeExtractor, 'compose.yml', content));
    expect(finding).toEqual({ rule: 'invalid-manifest', severity: 'WARNING', path: 'compose.yml', line, message: expect.stringMatching(message) });
    // The nesting is 100,000 tokens deep and the bomb expands to 10^9 nodes; the refusals read a few hundred.
    expect(tokens).toBeLessThan(1000);
    expect(aliasesResolved).toBeLessThan(1000);
  });

  itRefusesUnreadableFiles(composeExtractor, 'compose.yml', (bytes) => `services:\n  web:\n    image: nginx\n    command: ${'a'.repeat(bytes)}\n`);
});
