/**
 * A path pattern of the rules file, in the .gitignore style operators already know:
 * - without a slash (`*.jar`, `node_modules`) it matches a file or directory name at any depth;
 * - with a slash (`gradle/wrapper/*.jar`) it matches from the top of the tree, `*` and `?`
 *   within one path segment, `**` across segments (a leading `**` segment also matches none);
 * - a trailing slash (`node_modules/`) matches directories only.
 * Matching ignores case: Windows tools write `.JAR` and `.EXE` as often as lower case.
 */
export interface PathPattern {
  readonly source: string;
  /**
   * What matched: the file's own path, or the matching directory with a trailing slash, so a
   * committed `node_modules/` is one finding rather than thousands.
   */
  match(path: string): string | null;
}

/** The pattern, or the reason it cannot be used (the rules parser names the place). */
export function compilePathPattern(source: string): PathPattern | string {
  let body = source.trim();
  if (body.length === 0) return 'must not be empty';
  if (body.startsWith('!')) return 'negated patterns ("!") are not supported; list the exceptions under allowPaths';
  const directoryOnly = body.endsWith('/');
  body = body.replace(/^\/+/, '').replace(/\/+$/, '');
  if (body.length === 0) return 'must name a file or directory';
  if (body.split('/').some((segment) => segment === '..' || segment === '.')) return 'must not contain "." or ".." segments';
  const anchored = body.includes('/');
  const regex = new RegExp(`^${globToRegexSource(body)}$`, 'i');

  return {
    source,
    match(path: string): string | null {
      const segments = path.split('/');
      const last = segments.length - 1;
      if (!directoryOnly && regex.test(anchored ? path : segments[last])) return path;
      for (let index = 0; index < last; index++) {
        const directory = segments.slice(0, index + 1).join('/');
        if (regex.test(anchored ? directory : segments[index])) return `${directory}/`;
      }
      return null;
    },
  };
}

export function matchesAny(patterns: readonly PathPattern[], path: string): boolean {
  return patterns.some((pattern) => pattern.match(path) !== null);
}

function globToRegexSource(glob: string): string {
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index];
    if (char === '*' && glob[index + 1] === '*') {
      const slashFollows = glob[index + 2] === '/';
      const segmentStart = index === 0 || glob[index - 1] === '/';
      if (segmentStart && slashFollows) {
        // A leading or inner `**` segment may also be no directory at all, as in .gitignore.
        source += '(?:.*/)?';
        index += 2;
      } else {
        source += '.*';
        index += 1;
      }
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return source;
}
