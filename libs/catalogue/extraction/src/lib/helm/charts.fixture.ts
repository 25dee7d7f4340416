/** Realistic Helm charts of the kind public bodies publish. */

export const HARDENED_CHART = `apiVersion: v2
name: buergerportal
description: Citizen portal of the municipality, with appointment booking and service catalogue
type: application
version: 2.4.0
appVersion: "1.10"
kubeVersion: ">=1.27.0-0"
keywords:
  - citizen portal
  - e-government
  - OZG
home: https://code.musterstadt.de/portal
sources:
  - https://code.musterstadt.de/portal/buergerportal
icon: https://code.musterstadt.de/portal/logo.svg
maintainers:
  - name: Team Portal
    email: portal@musterstadt.de
  - name: [not, a, name]
annotations:
  artifacthub.io/license: EUPL-1.2
  artifacthub.io/category: integration-delivery
dependencies:
  - name: postgresql
    version: 15.5.x
    repository: oci://registry-1.docker.io/bitnamicharts
    condition: postgresql.enabled
  - name: common
    version: 2.x.x
    repository: file://../common
`;

export const HARDENED_VALUES = `replicaCount: 2
image:
  repository: registry.musterstadt.de/portal/buergerportal
  tag: "1.10"
podSecurityContext:
  runAsNonRoot: true
  fsGroup: 10001
  seccompProfile:
    type: RuntimeDefault
containerSecurityContext:
  enabled: true
  allowPrivilegeEscalation: false
  readOnlyRootFilesystem: true
  capabilities:
    drop: ["ALL"]
resources:
  requests:
    cpu: 100m
    memory: 256Mi
  limits:
    cpu: 1
    memory: 512Mi
livenessProbe:
  httpGet:
    path: /health/live
    port: http
readinessProbe:
  httpGet:
    path: /health/ready
    port: http
postgresql:
  enabled: true
  primary:
    resourcesPreset: small
`;

export const NAIVE_CHART = `apiVersion: v2
name: hundesteuer
version: 0.1.0
`;

export const NAIVE_VALUES = `image:
  repository: hundesteuer
  tag: latest
securityContext: {}
resources: {}
`;

export const NAIVE_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "hundesteuer.fullname" . }}
spec:
  template:
    spec:
      containers:
        - name: app
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
`;

/** A parent chart that configures its PostgreSQL subchart's values under the subchart's name. */
export const UMBRELLA_VALUES = `global:
  storageClass: ceph-rbd
postgresql:
  primary:
    podSecurityContext:
      enabled: true
      fsGroup: 1001
      seccompProfile:
        type: RuntimeDefault
    containerSecurityContext:
      enabled: true
      runAsUser: 1001
      runAsNonRoot: true
      allowPrivilegeEscalation: false
      readOnlyRootFilesystem: true
      capabilities:
        drop:
          - ALL
    resources:
      limits:
        cpu: 500m
        memory: 1Gi
  metrics:
    enabled: true
    containerSecurityContext:
      enabled: true
      runAsNonRoot: false
`;

/** Probes, security context and limits written into the template itself. */
export const LITERAL_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "formularserver.fullname" . }}
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: formularserver
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop:
                - ALL
          resources:
            limits:
              cpu: "1"
              memory: 1Gi
          livenessProbe:
            httpGet:
              path: /actuator/health/liveness
              port: 8080
          {{- if .Values.readiness }}
          readinessProbe:
            httpGet:
              path: /actuator/health/readiness
              port: 8080
          {{- end }}
`;
