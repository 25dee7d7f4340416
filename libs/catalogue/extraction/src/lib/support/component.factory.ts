import type { ComponentKind, ExtractedComponent } from '../catalogue.types';

export type ComponentFacts = Partial<Omit<ExtractedComponent, 'key' | 'kind' | 'path' | 'name'>>;

/** The key that keeps a component's identity across pushes while its file stays where it is. */
export function componentKey(kind: ComponentKind, path: string): string {
  return `${kind}:${path}`;
}

/** A component with everything the file does not state left empty. */
export function newComponent(kind: ComponentKind, path: string, name: string, facts: ComponentFacts = {}): ExtractedComponent {
  return {
    key: componentKey(kind, path),
    kind,
    path,
    name,
    version: null,
    ecosystem: null,
    descriptions: {},
    categories: [],
    platforms: [],
    softwareType: null,
    developmentStatus: null,
    maintenanceType: null,
    declaredLicense: null,
    dependsOn: [],
    usedBy: [],
    logo: null,
    hardening: null,
    details: {},
    ...facts,
  };
}
