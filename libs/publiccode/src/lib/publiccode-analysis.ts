import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { LATEST_VERSION, PUBLICCODE_V0_FIELDS, SUPPORTED_VERSIONS } from './schema/publiccode-schema';
import { decodeTopLevel } from './schema/schema-decoder';
import type { PubliccodeDocument, PubliccodeResult, PubliccodeValidation, PubliccodeValidationOptions } from './publiccode.types';
import { checkReferencesAndDeprecations } from './rules/reference-rules';
import { Reporter } from './rules/reporter';
import { checkStructure } from './rules/structure-rules';
import { DEFAULT_MAX_BYTES, loadYaml } from './yaml/yaml-source';
import { keyText, YamlPositions } from './yaml/yaml-positions';

/** The offline analysis, kept open so that the online checks can add to the same report. */
export type Analysis = { done: true; results: PubliccodeResult[] } | { done: false; version: string; document: PubliccodeDocument; report: Reporter };

const VERSION = 'publiccodeYmlVersion';

function finished(description: string, key = '', line = 0, column = 0): Analysis {
  return { done: true, results: [{ type: 'error', key, line, column, description }] };
}

export function analysePubliccode(input: string | Uint8Array, options: PubliccodeValidationOptions): Analysis {
  const load = loadYaml(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!load.ok) return { done: true, results: [load.result] };
  const { root, lineCounter, document: yamlDocument } = load.source;
  const positions = new YamlPositions(root, lineCounter);

  const versionNode = isMap(root) ? (root.items as Pair<Node, Node | null>[]).find((pair) => keyText(pair) === VERSION) : undefined;
  if (!isMap(root) || versionNode === undefined) return finished(`${VERSION} is a required field`, VERSION);
  const value = versionNode.value;
  if (!isScalar(value) || typeof value.value !== 'string') {
    const { line, column } = positions.keyPosition(VERSION);
    return finished('wrong type for this field', VERSION, line, column);
  }
  const version = value.value;
  if (!(SUPPORTED_VERSIONS as readonly string[]).includes(version)) {
    return finished(`unsupported version: '${version}'. Supported versions: ${SUPPORTED_VERSIONS.join(', ')}`, VERSION);
  }

  const report = new Reporter(positions);
  if (version !== '0' && !version.startsWith(LATEST_VERSION)) {
    report.warning(VERSION, `v${version} is not the latest version, use '0'. Parsing this file as v${LATEST_VERSION}.`);
  }
  const decoded = decodeTopLevel(root, PUBLICCODE_V0_FIELDS, yamlDocument);
  for (const problem of decoded.problems) {
    const { line } = positions.of(problem.node);
    report.errorAt(positions.keyAtLine(line), line, 1, problem.description);
  }
  const document = decoded.value as unknown as PubliccodeDocument;
  checkStructure(document, report, options.isItalianIpaCode);
  checkReferencesAndDeprecations(document, report, options);
  return { done: false, version, document, report };
}

export function toValidation(analysis: Analysis): PubliccodeValidation {
  const results = analysis.done ? analysis.results : analysis.report.results;
  return {
    valid: results.every((result) => result.type !== 'error'),
    version: analysis.done ? null : analysis.version,
    results,
    document: analysis.done ? null : withCanonicalSections(analysis.document),
  };
}

/**
 * As the reference does for its users: the deprecated `it` section is also found under `IT`, and
 * a deprecated `IT.riuso.codiceIPA` also as the organisation's URI, so readers look in one place.
 */
function withCanonicalSections(document: PubliccodeDocument): PubliccodeDocument {
  const result = { ...document };
  if (result.it && !result.IT) result.IT = result.it;
  const code = result.IT?.riuso?.codiceIPA;
  if (code && !result.organisation) {
    const name = result.legal?.repoOwner;
    result.organisation = { ...(name === undefined ? {} : { name }), uri: `urn:x-italian-pa:${code}` };
  }
  return result;
}
