import { ComponentExtractor, ManifestError } from '../component-extractor';
import { describingFileNamed } from '../support/describing-paths';
import { oneLibrary } from './library-component.factory';

interface GoDirective {
  verb: string;
  /** The words after the verb, unquoted; for a line inside `require ( … )`, the whole line. */
  args: string[];
  line: number;
  indirect: boolean;
}

/**
 * A Go module, named by its module path. Go has no version in go.mod (tags are the versions)
 * and no license or description field. Whether the module is a library or a `main` program
 * is not in go.mod either; Go publishes both the same way, so both are listed.
 */
export const goModExtractor: ComponentExtractor = {
  name: 'go-mod',
  matches: describingFileNamed('go.mod'),
  extract(file) {
    const directives = goDirectives(file.content);
    const module = directives.find((directive) => directive.verb === 'module');
    if (!module) throw new ManifestError('no module directive: go.mod must name its module path');
    const [path] = module.args;
    if (!path || module.args.length > 1 || /[\s"`'\\]/.test(path)) throw new ManifestError('the module directive does not hold one module path', module.line);
    return oneLibrary(file.path, {
      name: path,
      version: null,
      ecosystem: 'go',
      license: null,
      description: null,
      dependencies: directives.filter((directive) => directive.verb === 'require' && !directive.indirect && directive.args[0]).map((directive) => directive.args[0]),
      details: { goVersion: argumentOf(directives, 'go'), toolchain: argumentOf(directives, 'toolchain') },
    });
  },
};

function argumentOf(directives: readonly GoDirective[], verb: string): string | null {
  return directives.find((directive) => directive.verb === verb)?.args[0] ?? null;
}

/**
 * The directives of go.mod, line by line: `verb args // comment` or a block `verb ( … )` whose
 * lines all take that verb. A `// indirect` comment marks requirements the module does not
 * import itself. Lines that follow no rule are skipped: cmd/go reports them, the catalogue
 * reads what it can.
 */
function goDirectives(content: string): GoDirective[] {
  const directives: GoDirective[] = [];
  let block: string | null = null;
  content.split(/\r?\n/).forEach((raw, index) => {
    const comment = raw.indexOf('//');
    const code = (comment < 0 ? raw : raw.slice(0, comment)).trim();
    const indirect = comment >= 0 && /^\s*indirect\b/.test(raw.slice(comment + 2));
    const words = code.split(/\s+/).filter((word) => word !== '').map(unquoted);
    if (block !== null) {
      if (code === ')') block = null;
      else if (words.length > 0) directives.push({ verb: block, args: words, line: index + 1, indirect });
      return;
    }
    if (words.length === 0) return;
    const [verb, ...args] = words;
    if (args.length === 1 && args[0] === '(') block = verb;
    else directives.push({ verb, args, line: index + 1, indirect });
  });
  return directives;
}

/** Module paths may be written as Go strings: `"example.org/m"` or `` `example.org/m` ``. */
function unquoted(word: string): string {
  return /^(["`]).*\1$/.test(word) && word.length >= 2 ? word.slice(1, -1) : word;
}
