// The package ships no types; this is the part of its result this library relies on.
declare module 'spdx-expression-parse' {
  namespace parse {
    interface SpdxLicenseNode {
      license: string;
      plus?: true;
      exception?: string;
    }
    interface SpdxConjunctionNode {
      left: SpdxNode;
      conjunction: 'and' | 'or';
      right: SpdxNode;
    }
    type SpdxNode = SpdxLicenseNode | SpdxConjunctionNode;
  }
  function parse(source: string): parse.SpdxNode;
  export = parse;
}
