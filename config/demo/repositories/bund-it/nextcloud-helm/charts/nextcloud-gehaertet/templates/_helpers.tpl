{{/* Chart name, shortened to the 63 characters Kubernetes allows in labels. */}}
{{- define "nextcloud-gehaertet.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Release-scoped name of every object; the release name alone when it already contains the chart name. */}}
{{- define "nextcloud-gehaertet.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "nextcloud-gehaertet.selectorLabels" -}}
app.kubernetes.io/name: {{ include "nextcloud-gehaertet.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "nextcloud-gehaertet.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "nextcloud-gehaertet.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* repository:tag@digest, or repository:tag when no digest is set. */}}
{{- define "nextcloud-gehaertet.image" -}}
{{- if .digest }}
{{- printf "%s:%s@%s" .repository .tag .digest }}
{{- else }}
{{- printf "%s:%s" .repository .tag }}
{{- end }}
{{- end }}

{{- define "nextcloud-gehaertet.claimName" -}}
{{- default (include "nextcloud-gehaertet.fullname" .) .Values.persistence.existingClaim }}
{{- end }}
