// A repository that meets every shipped code-of-conduct rule, for the conduct check's tests.

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const SPDX_TEXTS = require('spdx-license-list/full') as Record<string, { licenseText: string }>;

export const PUBLICCODE = `publiccodeYmlVersion: "0"
name: Bürgerportal
url: "https://code.example.org/amt/portal.git"
softwareVersion: "1.0.0"
releaseDate: "2026-10-01"
platforms:
  - web
categories:
  - digital-citizenship
developmentStatus: stable
softwareType: "standalone/web"
description:
  de:
    shortDescription: Ein Portal für Anträge der Bürgerinnen und Bürger
    longDescription: >
      Das Bürgerportal nimmt Anträge entgegen, leitet sie an die zuständigen Fachverfahren
      weiter und informiert die Antragstellenden über den Stand ihrer Anträge. Es ist
      barrierefrei, mehrsprachig und lässt sich an die Gestaltung jeder Kommune anpassen.
      Betrieben wird es von Kommunen in eigener Verantwortung oder bei einem Dienstleister.
    features:
      - Online-Anträge
legal:
  license: EUPL-1.2
maintenance:
  type: internal
  contacts:
    - name: Erika Mustermann
      email: erika.mustermann@musterstadt.de
localisation:
  localisationReady: true
  availableLanguages:
    - de
`;

export const COMPLIANT = {
  LICENSE: SPDX_TEXTS['EUPL-1.2'].licenseText,
  'README.md': '# Bürgerportal\n\nDas Bürgerportal nimmt Anträge der Bürgerinnen und Bürger entgegen und leitet sie an die zuständigen Stellen weiter. Es wird von der Stadt betrieben und ist für andere Kommunen frei nutzbar.\n',
  'CODE_OF_CONDUCT.md': '# Verhaltenskodex\n\nWir behandeln einander mit Respekt.\n',
  'CONTRIBUTING.md': '# Mitwirken\n\nBeiträge bitte als Merge Request.\n',
  'SECURITY.md': '# Sicherheit\n\nSicherheitslücken bitte vertraulich an sicherheit@musterstadt.de melden.\n',
  'CHANGELOG.md': '# Änderungen\n\n## 1.0.0\n\n- Erste Fassung\n',
  'publiccode.yml': PUBLICCODE,
};
