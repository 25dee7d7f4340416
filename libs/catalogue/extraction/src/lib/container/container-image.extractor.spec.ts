import { expectLinearGrowth } from '@allmende/testing';
import type { CatalogueFile } from '../catalogue.types';
import { extractComponents, MAX_MANIFEST_BYTES } from '../extract-components';
import { containerImageExtractor, isDockerfilePath } from './container-image.extractor';
import { DIGEST_A, HARDENED_POSTGRES, NAIVE_NODE, NEXTCLOUD } from './dockerfiles.fixture';

const text = (path: string, content: string): CatalogueFile => ({ path, kind: 'text', content });
const extract = (...files: CatalogueFile[]) => extractComponents({ files });
/** The longest line a Dockerfile within the size limit holds, and an eighth of it. */
const LINE_LENGTHS = { small: (MAX_MANIFEST_BYTES - 128) / 8, large: MAX_MANIFEST_BYTES - 128 };
const only = (path: string, content: string) => {
  const result = extract(text(path, content));
  expect(result.findings).toEqual([]);
  expect(result.components).toHaveLength(1);
  return result.components[0];
};

describe('container images', () => {
  it.each([
    ['Dockerfile', true],
    ['images/postgres/Dockerfile', true],
    ['Containerfile', true],
    ['deploy/api.Dockerfile', true],
    ['docker/Dockerfile.prod', true],
    ['dockerfile', true],
    ['Dockerfile.dockerignore', false],
    ['api.Dockerfile.dockerignore', false],
    ['Dockerfile.template', false],
    ['docs/Dockerfile.md', false],
    ['.Dockerfile', false],
    ['MyDockerfile', false],
    ['Dockerfiles/README', false],
  ])('%s is a Dockerfile: %s', (path, expected) => {
    expect(isDockerfilePath(path)).toBe(expected);
  });

  it('reads a hardened PostgreSQL image: labels, ARG-built base, stages, ports, user, entrypoint', () => {
    const component = only('images/postgres/Dockerfile', HARDENED_POSTGRES);
    const base = `debian:bookworm-slim@${DIGEST_A}`;
    expect(component).toMatchObject({
      key: 'CONTAINER_IMAGE:images/postgres/Dockerfile',
      kind: 'CONTAINER_IMAGE',
      path: 'images/postgres/Dockerfile',
      name: 'postgresql-hardened',
      version: '16.4-1',
      declaredLicense: 'PostgreSQL AND MIT',
      descriptions: { en: { shortDescription: 'PostgreSQL 16 on Debian slim, hardened for municipal data centres', longDescription: null, features: [] } },
      dependsOn: [base],
      ecosystem: null,
      logo: null,
    });
    expect(component.details).toEqual({
      baseImage: base,
      baseImages: [base],
      stageCount: 2,
      stages: [
        { index: 0, name: 'pgdg', image: base, buildsOnStage: null, platform: null, line: 5 },
        { index: 1, name: null, image: base, buildsOnStage: null, platform: null, line: 11 },
      ],
      exposedPorts: ['5432/tcp'],
      labels: {
        'org.opencontainers.image.title': 'postgresql-hardened',
        'org.opencontainers.image.version': '16.4-1',
        'org.opencontainers.image.description': 'PostgreSQL 16 on Debian slim, hardened for municipal data centres',
        'org.opencontainers.image.licenses': 'PostgreSQL AND MIT',
        'org.opencontainers.image.vendor': 'ITZ Musterland',
      },
      user: '999:999',
      entrypoint: ['postgres'],
      cmd: ['-c', 'ssl=on'],
      healthcheck: 'CMD ["pg_isready", "-U", "postgres"]',
      syntax: 'docker/dockerfile:1.7',
    });
    expect(component.hardening).toMatchObject({ score: 100, level: 'HIGH' });
    expect(component.hardening?.checks.every((check) => check.passed)).toBe(true);
  });

  it('reads a Nextcloud image with a German description and scores what it lacks', () => {
    const component = only('nextcloud/Dockerfile', NEXTCLOUD);
    expect(component).toMatchObject({ name: 'nextcloud', version: null, declaredLicense: 'AGPL-3.0-or-later', dependsOn: ['nextcloud:29.0.4-apache'] });
    expect(Object.keys(component.descriptions)).toEqual(['de']);
    const failed = component.hardening?.checks.filter((check) => !check.passed).map((check) => check.name);
    expect(failed).toEqual(['non-root-user', 'base-image-digest', 'minimal-base-image', 'no-secrets-in-env']);
    expect(component.hardening).toMatchObject({ score: 33, level: 'LOW' });
    expect(JSON.stringify(component)).not.toContain('changeme');
  });

  it('fails a naive node:latest image on nearly everything', () => {
    const component = only('Dockerfile', NAIVE_NODE);
    expect(component.name).toBe('Dockerfile');
    const passed = component.hardening?.checks.filter((check) => check.passed).map((check) => check.name);
    expect(passed).toEqual([]);
    expect(component.hardening).toMatchObject({ score: 0, level: 'LOW' });
    expect(component.details).toMatchObject({ cmd: 'npm start', user: null, exposedPorts: ['3000/tcp'] });
  });

  it('names images by OCI title, then `name.Dockerfile`, then folder, then path', () => {
    expect(only('a/b/Dockerfile', 'FROM scratch\nLABEL org.opencontainers.image.title=portal\n').name).toBe('portal');
    expect(only('deploy/api.Dockerfile', 'FROM scratch\n').name).toBe('api');
    expect(only('deploy/web/Dockerfile.prod', 'FROM scratch\n').name).toBe('web');
    expect(only('Containerfile', 'FROM scratch\n').name).toBe('Containerfile');
  });

  it('takes labels, user and ports through stages that build on stages, and the platform of the final stage', () => {
    const component = only(
      'app/Dockerfile',
      [
        'ARG VERSION=2.1.0',
        'FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build',
        'FROM alpine:3.20 AS runtime-base',
        'ARG VERSION',
        'LABEL org.opencontainers.image.version=$VERSION org.opencontainers.image.title=termine',
        'USER 10001',
        'EXPOSE 8080 9090/UDP',
        'FROM --platform=linux/arm64 runtime-base',
        'COPY --from=build /out/app /app',
        'COPY --from=docker.io/library/busybox:1.36 /bin/wget /bin/wget',
        'ENTRYPOINT ["/app"]',
      ].join('\n'),
    );
    expect(component).toMatchObject({ name: 'termine', version: '2.1.0', platforms: ['linux/arm64'] });
    expect(component.dependsOn).toEqual(['golang:1.22-alpine', 'alpine:3.20', 'docker.io/library/busybox:1.36']);
    expect(component.details).toMatchObject({ baseImage: 'alpine:3.20', user: '10001', exposedPorts: ['8080/tcp', '9090/udp'], entrypoint: ['/app'], cmd: null });
    expect((component.details as { stages: unknown[] }).stages[2]).toEqual({ index: 2, name: null, image: 'runtime-base', buildsOnStage: 1, platform: 'linux/arm64', line: 8 });
  });

  it('keeps a version label that needs a build argument out of the version', () => {
    const component = only('Dockerfile', 'FROM alpine:3.20\nARG VERSION\nLABEL org.opencontainers.image.version=$VERSION\n');
    expect(component.version).toBeNull();
    expect(component.details).toMatchObject({ labels: { 'org.opencontainers.image.version': '$VERSION' } });
  });

  it('scores a mostly hardened image between the extremes', () => {
    const component = only('Dockerfile', `FROM gcr.io/distroless/static-debian12@${DIGEST_A}\nCOPY app /app\nUSER 65532\nENTRYPOINT ["/app"]\n`);
    expect(component.hardening).toMatchObject({ score: 93, level: 'HIGH' });
  });

  describe('bad input', () => {
    it('gives an invalid-manifest finding with the line for a Dockerfile BuildKit refuses', () => {
      const result = extract(text('svc/Dockerfile', 'RUN echo before\nFROM alpine\n'), text('other/Dockerfile', 'FROM alpine\nRUN <<EOF\necho\n'));
      expect(result.components).toEqual([]);
      expect(result.findings).toEqual([
        { rule: 'invalid-manifest', severity: 'WARNING', path: 'other/Dockerfile', line: 2, message: expect.stringMatching(/<<EOF is never closed/) },
        { rule: 'invalid-manifest', severity: 'WARNING', path: 'svc/Dockerfile', line: 1, message: expect.stringMatching(/RUN before the first FROM/) },
      ]);
    });

    it('refuses a 10 MB Dockerfile in the dispatcher without parsing it', () => {
      const huge = `FROM alpine\nRUN ${'echo hostile && '.repeat((10 * 1024 * 1024) / 16)}true\n`;
      const read = jest.spyOn(containerImageExtractor, 'extract');
      const result = extract(text('Dockerfile', huge));
      expect(read).not.toHaveBeenCalled();
      read.mockRestore();
      expect(result.components).toEqual([]);
      expect(result.findings).toEqual([
        { rule: 'invalid-manifest', severity: 'WARNING', path: 'Dockerfile', line: null, message: expect.stringContaining(`larger than ${MAX_MANIFEST_BYTES} bytes`) },
      ]);
    });

    it.each([
      ['a label value', (length: number) => `LABEL org.opencontainers.image.title="${'x'.repeat(length)}"`],
      ['unclosed quotes in a label', (length: number) => `LABEL a="${'"x'.repeat(length / 2)}`],
      ['variable references in ENV', (length: number) => `ENV ${'A=${B:-$C} '.repeat(length / 12)}`],
      ['a RUN for the package check', (length: number) => `RUN ${'apt-get install x; '.repeat(length / 20)}`],
      ['quoted words in a RUN', (length: number) => `RUN ${'"a\\" '.repeat(length / 5)}`],
      ['secret-looking ENV names', (length: number) => `ENV ${'DB_PASSWORD_x=1 '.repeat(length / 16)}`],
      ['COPY --from flags', (length: number) => `COPY ${'--from=img:1 '.repeat(length / 13)}a b`],
    ])('reads a one-megabyte line of %s in linear time, with bounded details', (_case, line) => {
      const component = expectLinearGrowth((length) => `FROM alpine:3.20\n${line(length)}\n`, (content) => only('Dockerfile', content), LINE_LENGTHS);
      expect(JSON.stringify(component).length).toBeLessThan(200_000);
    });

    it('reads many stages and labels in linear time', () => {
      const dockerfile = (count: number) => {
        const labels = Array.from({ length: count }, (_, index) => `LABEL l${index}=v`).join('\n');
        const stages = Array.from({ length: count }, (_, index) => `FROM s${index} AS s${index + 1}`).join('\n');
        return `FROM alpine:3.20 AS s0\n${labels}\n${stages}\n`;
      };
      const component = expectLinearGrowth(dockerfile, (content) => only('Dockerfile', content), { small: 2_500, large: 20_000 });
      expect(component.details).toMatchObject({ stageCount: 20_001, baseImage: 'alpine:3.20' });
      expect(Object.keys((component.details as { labels: object }).labels)).toHaveLength(100);
    });

    it('does not read a symlinked or binary Dockerfile', () => {
      const result = extract({ path: 'Dockerfile', kind: 'symlink' }, { path: 'b/Dockerfile', kind: 'binary', size: 10 });
      expect(result.components).toEqual([]);
      expect(result.findings.map(({ rule, path }) => [rule, path])).toEqual([
        ['symlink-skipped', 'Dockerfile'],
        ['invalid-manifest', 'b/Dockerfile'],
      ]);
    });
  });
});
