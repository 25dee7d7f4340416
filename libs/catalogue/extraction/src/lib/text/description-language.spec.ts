import { descriptionLanguage } from './description-language';
import { descriptionsOf } from './localized-description';

describe('descriptionLanguage', () => {
  it.each([
    ['PostgreSQL 16 on a distroless base, hardened for the municipal data centre', 'en'],
    ['Nextcloud mit Anbindung an das Bürgerkonto und gehärteter Konfiguration für Kommunen', 'de'],
    ['Fachverfahren für die Verwaltung der Hundesteuer', 'de'],
    ['Helm chart for the citizen portal', 'en'],
    ['Bürgerportal', 'de'],
    ['Keycloak', 'en'],
  ])('reads "%s" as %s', (text, language) => {
    expect(descriptionLanguage(text)).toBe(language);
  });

  it('keys a description by its language and leaves empty ones out', () => {
    expect(descriptionsOf('Ein Werkzeug für die Verwaltung')).toEqual({ de: { shortDescription: 'Ein Werkzeug für die Verwaltung', longDescription: null, features: [] } });
    expect(descriptionsOf('  ')).toEqual({});
    expect(descriptionsOf(null)).toEqual({});
  });
});
