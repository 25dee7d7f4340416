import { extractWith, itRefusesUnreadableFiles, onlyComponent, onlyFinding, textFile } from '../support/catalogue-files.fixtures';
import { pomXmlExtractor } from './pom-xml.extractor';

const POM = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>de.musterstadt</groupId>
    <artifactId>parent</artifactId>
    <version>3.1.0</version>
  </parent>
  <artifactId>xoev-client</artifactId>
  <version>\${revision}</version>
  <name>XÖV Client &amp; Tools</name>
  <description>Sends and receives XÖV messages</description>
  <url>https://xoev.musterstadt.de</url>
  <properties><revision>2.0.1</revision></properties>
  <licenses>
    <license><name>EUPL-1.2</name></license>
    <license><name>Apache License, Version 2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0</url></license>
  </licenses>
  <!-- <dependencies> in a comment are not read -->
  <dependencies>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId></dependency>
    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><scope>test</scope></dependency>
    <dependency><artifactId>incomplete</artifactId></dependency>
  </dependencies>
</project>
`;

describe('pom.xml extractor', () => {
  it('matches pom.xml outside vendored folders', () => {
    expect(['pom.xml', 'modules/client/pom.xml'].every(pomXmlExtractor.matches)).toBe(true);
    expect(['pom.xml.bak', 'node_modules/x/pom.xml', 'vendor/pom.xml'].some(pomXmlExtractor.matches)).toBe(false);
  });

  it('reads a module with its parent, properties, licenses and dependencies', () => {
    expect(onlyComponent(pomXmlExtractor, 'modules/client/pom.xml', POM)).toMatchObject({
      key: 'LIBRARY:modules/client/pom.xml',
      kind: 'LIBRARY',
      name: 'de.musterstadt:xoev-client',
      version: '2.0.1',
      ecosystem: 'maven',
      declaredLicense: 'EUPL-1.2 OR (Apache License, Version 2.0)',
      descriptions: { und: { shortDescription: 'Sends and receives XÖV messages', longDescription: null, features: [] } },
      details: { displayName: 'XÖV Client & Tools', url: 'https://xoev.musterstadt.de', packaging: 'jar', dependencies: ['org.slf4j:slf4j-api'] },
    });
  });

  it('takes the version from the parent and leaves an unresolvable one unknown', () => {
    const inherited = onlyComponent(pomXmlExtractor, 'pom.xml', '<project><parent><groupId>g</groupId><version>1.2</version></parent><artifactId>a</artifactId></project>');
    expect(inherited).toMatchObject({ name: 'g:a', version: '1.2' });
    const unknown = onlyComponent(pomXmlExtractor, 'pom.xml', '<project><groupId>g</groupId><artifactId>a</artifactId><version>${project.parent.version}</version></project>');
    expect(unknown.version).toBeNull();
  });

  it.each(['pom', 'war', 'ear'])('lists no library for packaging %s', (packaging) => {
    const result = extractWith(pomXmlExtractor, textFile('pom.xml', `<project><groupId>g</groupId><artifactId>a</artifactId><packaging>${packaging}</packaging></project>`));
    expect(result).toEqual({ components: [], findings: [], truncated: false });
  });

  it('leaves out values of the wrong shape', () => {
    const pom = '<project><groupId>g</groupId><artifactId>a</artifactId><version><major>1</major></version><description/><licenses>MIT</licenses><dependencies>none</dependencies></project>';
    expect(onlyComponent(pomXmlExtractor, 'pom.xml', pom)).toMatchObject({ name: 'g:a', version: null, declaredLicense: null, descriptions: {}, details: { packaging: 'jar' } });
  });

  it.each([
    ['a mismatched tag', '<project>\n  <groupId>g</groupId>\n  <artifactId>a</artifact>\n</project>', 3, /^not valid XML: /],
    ['another root element', '<settings><groupId>g</groupId></settings>', 1, /<project> element at its root/],
    ['two artifact ids', '<project>\n<groupId>g</groupId><artifactId>a</artifactId><artifactId>b</artifactId></project>', 1, /needs an <artifactId>/],
    ['no group anywhere', '<project><artifactId>a</artifactId></project>', 1, /needs an <artifactId> and a <groupId>/],
    ['plain text', 'not xml at all', 1, /^not valid XML: /],
    ['an empty file', '', 1, /^not valid XML: Start tag expected/],
    ['100,000 levels of nesting', `<project>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</project>`, null, /nested deeper than 256 levels/],
    ['50,000 levels hidden behind comments', `<project>${'<a><!--</a>-->'.repeat(50_000)}${'</a>'.repeat(50_000)}</project>`, null, /nested deeper than 256 levels/],
  ])('refuses %s with a finding and no component', (_case, content, line, message) => {
    expect(onlyFinding(pomXmlExtractor, 'pom.xml', content)).toEqual({ rule: 'invalid-manifest', severity: 'WARNING', path: 'pom.xml', line, message: expect.stringMatching(message) });
  });

  it('does not expand entities a DOCTYPE declares', () => {
    const bomb = `<!DOCTYPE project [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'bcdefghij'[i]} "${`&${'abcdefghi'[i]};`.repeat(10)}">`).join('')}]>
<project><groupId>g</groupId><artifactId>a</artifactId><description>&j;</description></project>`;
    expect(onlyComponent(pomXmlExtractor, 'pom.xml', bomb).descriptions).toEqual({ und: { shortDescription: '&j;', longDescription: null, features: [] } });
  });

  itRefusesUnreadableFiles(pomXmlExtractor, 'pom.xml', (bytes) => `<project><groupId>g</groupId><artifactId>a</artifactId><description>${'a'.repeat(bytes)}</description></project>`);
});
