import type { ComponentKind } from '../catalogue.types';

/**
 * The catalogue kind of a publiccode.yml by its `softwareType`:
 * - `library` is code other software builds on: LIBRARY.
 * - `configurationFiles` configures other software (settings, templates, rules): CONFIGURATION.
 * - `standalone/web`, `/backend`, `/desktop`, `/mobile`, `/iot`, `/other` (and the bare
 *   `standalone` of early files) is software a public body runs: APPLICATION.
 * - `addon` extends an application and is installed and run with it, not built into code; the
 *   catalogue has no plugin kind and a municipality adopts an add-on as it adopts an
 *   application: APPLICATION.
 * - A missing or unknown value says nothing about what the software is: OTHER (the conduct
 *   check reports the value; the catalogue does not guess).
 * Case is ignored: a miscapitalised `Library` is still a library.
 */
export function kindOfSoftwareType(softwareType: string | null): ComponentKind {
  const type = softwareType?.toLowerCase() ?? '';
  if (type === 'library') return 'LIBRARY';
  if (type === 'configurationfiles') return 'CONFIGURATION';
  if (type === 'addon' || type === 'standalone' || type.startsWith('standalone/')) return 'APPLICATION';
  return 'OTHER';
}
