import { dockerfileFacts } from './dockerfile-facts';
import { DOCKERFILE_WEIGHTS, dockerfileHardening } from './dockerfile-hardening';
import { parseDockerfile } from './dockerfile.parser';
import { DIGEST_A, DIGEST_B } from './dockerfiles.fixture';

const hardeningOf = (...lines: string[]) => dockerfileHardening(dockerfileFacts(parseDockerfile(lines.join('\n'))));
const check = (name: string, ...lines: string[]) => {
  const found = hardeningOf(...lines).checks.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no check ${name}`);
  return found;
};

describe('Dockerfile hardening', () => {
  it('weighs exactly the checks it runs', () => {
    expect(hardeningOf('FROM scratch').checks.map((candidate) => candidate.name).sort()).toEqual(Object.keys(DOCKERFILE_WEIGHTS).sort());
  });

  describe('non-root-user', () => {
    it.each([
      ['a user name', ['FROM alpine:3.20', 'USER app'], 'USER app (line 2)'],
      ['a uid and gid', ['FROM alpine:3.20', 'USER 10001:10001'], 'USER 10001:10001 (line 2)'],
      ['a uid from a build argument', ['FROM alpine:3.20', 'ARG UID=10001', 'USER ${UID}'], 'USER 10001 (line 3)'],
      ['a user set in the stage the final one builds on', ['FROM alpine:3.20 AS base', 'USER app', 'FROM base', 'COPY x /x'], 'USER app (line 2)'],
      ['a distroless nonroot base', [`FROM gcr.io/distroless/static-debian12:nonroot@${DIGEST_A}`], "no USER; the base image's nonroot variant (line 1) runs as a non-root user"],
    ])('passes with %s', (_case, lines, detail) => {
      expect(check('non-root-user', ...lines)).toEqual({ name: 'non-root-user', passed: true, detail });
    });

    it.each([
      ['no USER', ['FROM alpine:3.20'], /no USER in the final stage/],
      ['USER root last', ['FROM alpine:3.20', 'USER app', 'RUN id', 'USER root'], /USER root \(line 4\) runs the container as root/],
      ['uid 0', ['FROM alpine:3.20', 'USER 0:0'], /USER 0:0 \(line 2\) runs the container as root/],
      ['a user only a builder stage sets', ['FROM alpine:3.20 AS build', 'USER app', 'FROM alpine:3.20'], /no USER in the final stage/],
      ['a build argument without default', ['FROM alpine:3.20', 'ARG UID', 'USER $UID'], /USER \$UID \(line 3\) is only known at build time/],
    ])('fails with %s', (_case, lines, detail) => {
      const result = check('non-root-user', ...lines);
      expect(result.passed).toBe(false);
      expect(result.detail).toMatch(detail);
    });
  });

  describe('base-image-digest', () => {
    it('passes when every stage base and COPY --from image is pinned', () => {
      expect(check('base-image-digest', `FROM golang:1.22@${DIGEST_A} AS build`, `FROM alpine:3.20@${DIGEST_B}`, `COPY --from=busybox@${DIGEST_A} /bin/sh /bin/sh`, 'COPY --from=build /a /a')).toEqual({
        name: 'base-image-digest',
        passed: true,
        detail: 'every external image is pinned by digest (3)',
      });
    });

    it('passes an image built from scratch only', () => {
      expect(check('base-image-digest', 'FROM scratch', 'COPY app /app').passed).toBe(true);
    });

    it.each([
      ['an unpinned builder stage', [`FROM golang:1.22 AS build`, `FROM alpine:3.20@${DIGEST_B}`], 'not pinned by digest: golang:1.22 (line 1, FROM); add @sha256:<digest> to each'],
      ['an unpinned COPY --from image', [`FROM alpine:3.20@${DIGEST_B}`, 'COPY --from=nginx:1.27 /etc/nginx /etc/nginx'], 'not pinned by digest: nginx:1.27 (line 2, COPY --from); add @sha256:<digest> to each'],
      ['a malformed digest', ['FROM alpine@sha256:abc'], 'not pinned by digest: alpine@sha256:abc (line 1, FROM); add @sha256:<digest> to each'],
      ['a base only known at build time', ['ARG BASE', 'FROM $BASE'], 'not pinned by digest: $BASE (line 2, FROM, only known at build time); add @sha256:<digest> to each'],
    ])('fails %s', (_case, lines, detail) => {
      expect(check('base-image-digest', ...lines)).toEqual({ name: 'base-image-digest', passed: false, detail });
    });
  });

  describe('base-image-tag', () => {
    it.each([
      ['version tags', ['FROM node:20.15-alpine AS build', 'FROM alpine:3.20']],
      ['a digest without a tag', [`FROM node@${DIGEST_A}`]],
      ['a digest beside latest', [`FROM node:latest@${DIGEST_A}`]],
      ['scratch', ['FROM scratch']],
    ])('passes %s', (_case, lines) => {
      expect(check('base-image-tag', ...lines).passed).toBe(true);
    });

    it.each([
      ['latest', ['FROM node:latest'], 'floating images: node:latest (line 1); name a version tag'],
      ['no tag', ['FROM node'], 'floating images: node (line 1, no tag means latest); name a version tag'],
      ['a registry port but no tag', ['FROM registry.musterstadt.de:5000/base'], 'floating images: registry.musterstadt.de:5000/base (line 1, no tag means latest); name a version tag'],
      ['a COPY --from image without tag', ['FROM alpine:3.20', 'COPY --from=nginx /a /a'], 'floating images: nginx (line 2, no tag means latest); name a version tag'],
    ])('fails %s', (_case, lines, detail) => {
      expect(check('base-image-tag', ...lines)).toEqual({ name: 'base-image-tag', passed: false, detail });
    });
  });

  describe('healthcheck', () => {
    it('passes with a HEALTHCHECK, also one inherited from the stage the final one builds on', () => {
      expect(check('healthcheck', 'FROM alpine:3.20', 'HEALTHCHECK --interval=30s CMD wget -q --spider localhost:8080/health')).toEqual({ name: 'healthcheck', passed: true, detail: 'HEALTHCHECK (line 2)' });
      expect(check('healthcheck', 'FROM alpine:3.20 AS base', 'HEALTHCHECK CMD true', 'FROM base').passed).toBe(true);
    });

    it('fails without one, and with HEALTHCHECK NONE', () => {
      expect(check('healthcheck', 'FROM alpine:3.20').detail).toMatch(/no HEALTHCHECK in the final stage/);
      expect(check('healthcheck', 'FROM alpine:3.20', 'HEALTHCHECK CMD true', 'healthcheck none')).toEqual({ name: 'healthcheck', passed: false, detail: 'HEALTHCHECK NONE (line 3) switches the health check off' });
    });
  });

  describe('minimal-base-image', () => {
    it.each([
      ['gcr.io/distroless/static-debian12', 'distroless'],
      ['cgr.dev/chainguard/static:latest', 'Chainguard'],
      ['docker.io/chainguard/wolfi-base', 'Chainguard'],
      ['alpine:3.20', 'Alpine'],
      ['node:20-alpine3.20', 'Alpine'],
      ['python:3.12-slim', 'slim'],
      ['debian:bookworm-slim', 'slim'],
      ['registry.access.redhat.com/ubi9/ubi-minimal:9.4', 'UBI minimal'],
      ['registry.access.redhat.com/ubi9/ubi-micro', 'UBI minimal'],
      ['mcr.microsoft.com/dotnet/runtime:8.0-jammy-chiseled', 'chiselled Ubuntu'],
      ['busybox:1.36', 'BusyBox'],
    ])('passes %s as %s', (image, kind) => {
      expect(check('minimal-base-image', `FROM ${image}`).detail).toBe(`the final base ${image} (line 1) is a minimal image (${kind})`);
    });

    it.each(['ubuntu:24.04', 'debian:bookworm', 'node:20', 'nextcloud:29.0.4-apache', 'python:3.12', 'registry.access.redhat.com/ubi9/ubi'])('fails %s', (image) => {
      const result = check('minimal-base-image', `FROM ${image}`);
      expect(result.passed).toBe(false);
      expect(result.detail).toMatch(/is a full distribution image/);
    });

    it('judges the base of the final stage, through the stages it builds on', () => {
      expect(check('minimal-base-image', 'FROM ubuntu:24.04 AS build', 'FROM alpine:3.20').passed).toBe(true);
      expect(check('minimal-base-image', 'FROM alpine:3.20 AS build', 'FROM ubuntu:24.04').passed).toBe(false);
      expect(check('minimal-base-image', 'FROM python:3.12-slim AS base', 'FROM base AS final', 'FROM final').detail).toBe('the final base python:3.12-slim (line 1) is a minimal image (slim)');
      expect(check('minimal-base-image', 'FROM golang:1.22 AS build', 'FROM scratch').detail).toBe('the final image is built FROM scratch (line 2)');
      expect(check('minimal-base-image', 'ARG BASE', 'FROM ${BASE}').detail).toMatch(/only known at build time; give BASE a default/);
    });
  });

  describe('no-remote-add', () => {
    it.each([
      ['an https URL', 'ADD https://example.org/tool.tar.gz /opt/'],
      ['a git repository over SSH', 'ADD git@git.musterstadt.de:fachverfahren/app.git /src'],
      ['a git URL', 'ADD git://example.org/app.git#v1.0 /src'],
      ['an exec-form URL', 'ADD ["https://example.org/tool.tar.gz", "/opt/"]'],
      ['a git repository with a checksum flag', `ADD --checksum=${DIGEST_A} git@example.org:app.git /src`],
    ])('fails %s', (_case, add) => {
      const result = check('no-remote-add', 'FROM alpine:3.20', 'COPY a /a', add);
      expect(result.passed).toBe(false);
      expect(result.detail).toMatch(/^ADD of a remote URL or git repository on line 3;/);
    });

    it('passes local ADDs and an https ADD verified by --checksum', () => {
      expect(check('no-remote-add', 'FROM alpine:3.20', 'ADD rootfs.tar.gz /', 'COPY https-notes.txt /').detail).toBe('no ADD of a remote URL');
      expect(check('no-remote-add', 'FROM alpine:3.20', `ADD --checksum=${DIGEST_A} https://example.org/tool.tar.gz /opt/`)).toEqual({
        name: 'no-remote-add',
        passed: true,
        detail: 'remote ADD verified by --checksum on line 2',
      });
    });
  });

  describe('no-secrets-in-env', () => {
    it.each([
      ['ENV DB_PASSWORD=hunter2-not-real', 'ENV DB_PASSWORD (line 2)'],
      ['ENV API_KEY abc-not-real', 'ENV API_KEY (line 2)'],
      ['ENV clientSecret="not-real"', 'ENV clientSecret (line 2)'],
      ['ARG DEPLOY_TOKEN=not-real', 'ARG DEPLOY_TOKEN (line 2)'],
      ['ENV A=1 PRIVATE_KEY=not-real', 'ENV PRIVATE_KEY (line 2)'],
    ])('fails %s without repeating the value', (instruction, where) => {
      const result = check('no-secrets-in-env', 'FROM alpine:3.20', instruction);
      expect(result.passed).toBe(false);
      expect(result.detail).toContain(where);
      expect(result.detail).not.toMatch(/not-real|abc/);
    });

    it('fails a global ARG with a literal default', () => {
      expect(check('no-secrets-in-env', 'ARG NPM_TOKEN=not-real', 'FROM node:20').detail).toContain('ARG NPM_TOKEN (line 1)');
    });

    it.each([
      'ENV POSTGRES_PASSWORD_FILE=/run/secrets/postgres',
      'ARG NPM_TOKEN',
      'ENV TOKEN=$TOKEN',
      'ENV GITHUB_TOKEN=${GITHUB_TOKEN}',
      'ENV PASSWORD=""',
      'ENV PASSENGER_COUNT=3 AUTHOR=stadt TOKEN_URL=https://id.example.org/token',
    ])('passes %s', (instruction) => {
      expect(check('no-secrets-in-env', 'FROM alpine:3.20', instruction).passed).toBe(true);
    });
  });

  describe('package-cache-cleaned', () => {
    it('passes an image that installs nothing', () => {
      expect(check('package-cache-cleaned', 'FROM alpine:3.20', 'COPY app /app')).toEqual({ name: 'package-cache-cleaned', passed: true, detail: 'installs no packages' });
    });

    it.each([
      ['apt-get with the lists removed', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*'],
      ['apt-get with --no-install-recommends and apt-get clean', 'RUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get clean'],
      ['apt with a cache mount', 'RUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl'],
      ['apk --no-cache', 'RUN apk add --no-cache curl'],
      ['apk with the cache removed', 'RUN apk add curl && rm -rf /var/cache/apk/*'],
      ['dnf clean all', 'RUN dnf install -y nginx && dnf clean all'],
      ['microdnf clean all', 'RUN microdnf install -y nginx && microdnf clean all'],
      ['pip --no-cache-dir', 'RUN pip install --no-cache-dir -r requirements.txt'],
      ['sudo and variables before apt-get', 'RUN DEBIAN_FRONTEND=noninteractive sudo apt-get install -y curl; rm -rf /var/lib/apt/lists'],
    ])('passes %s', (_case, run) => {
      expect(check('package-cache-cleaned', 'FROM debian:bookworm-slim', run)).toEqual({
        name: 'package-cache-cleaned',
        passed: true,
        detail: 'package caches are cleaned where packages are installed (line 2)',
      });
    });

    it('passes pip when PIP_NO_CACHE_DIR is set', () => {
      expect(check('package-cache-cleaned', 'FROM python:3.12-slim', 'ENV PIP_NO_CACHE_DIR=1', 'RUN pip install flask').passed).toBe(true);
    });

    it.each([
      ['apt-get without cleanup', ['RUN apt-get update && apt-get install -y curl'], 'line 2: apt-get install without removing /var/lib/apt/lists in the same RUN'],
      ['apt-get cleaned in a later RUN', ['RUN apt-get update && apt-get install -y curl', 'RUN rm -rf /var/lib/apt/lists/*'], 'line 2: apt-get install without removing /var/lib/apt/lists in the same RUN'],
      ['apk without --no-cache', ['RUN apk add curl'], 'line 2: apk add without --no-cache'],
      ['yum without clean', ['RUN yum install -y httpd'], 'line 2: dnf/yum install without "clean all" in the same RUN'],
      ['python -m pip', ['RUN python3 -m pip install flask'], 'line 2: pip install without --no-cache-dir'],
    ])('fails %s', (_case, runs, failure) => {
      expect(check('package-cache-cleaned', 'FROM debian:bookworm-slim', ...runs)).toEqual({ name: 'package-cache-cleaned', passed: false, detail: `package caches stay in the image: ${failure}` });
    });

    it('judges installs in heredocs and in the stages the final image builds on, not in builder stages', () => {
      expect(check('package-cache-cleaned', 'FROM debian:bookworm-slim', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF').passed).toBe(false);
      expect(check('package-cache-cleaned', 'FROM alpine:3.20 AS base', 'RUN apk add curl', 'FROM base').passed).toBe(false);
      expect(check('package-cache-cleaned', 'FROM debian:bookworm AS build', 'RUN apt-get install -y gcc', 'FROM scratch').detail).toBe('installs no packages');
    });
  });
});
