const SEPARATORS = new Set([';', '&', '|', '\n', '(', ')', '`']);

/**
 * The simple commands of a shell script as word lists: split at `;`, `&&`, `||`, pipes, newlines
 * and subshell parentheses outside quotes, words split at blanks with quotes removed. Enough to
 * see which programs a RUN calls with which arguments; one pass over the text.
 */
export function simpleCommands(script: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: string | null = null;
  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let index = 0; index < script.length; index += 1) {
    const char = script[index];
    if (quote) {
      if (char === quote) quote = null;
      else if (char === '\\' && quote === '"' && index + 1 < script.length) word += script[(index += 1)];
      else word += char;
    } else if (char === '\\' && index + 1 < script.length) {
      const next = script[(index += 1)];
      if (next !== '\n') {
        word += next;
        inWord = true;
      }
    } else if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (SEPARATORS.has(char)) endCommand();
    else if (char === ' ' || char === '\t' || char === '\r') endWord();
    else {
      word += char;
      inWord = true;
    }
  }
  endCommand();
  return commands;
}

/** The program a command runs, past `VAR=value` assignments and `sudo`, with its arguments. */
export function programOf(words: readonly string[]): { program: string; args: string[] } | null {
  let index = 0;
  while (index < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[index]) || words[index] === 'sudo' || words[index] === 'exec')) index += 1;
  if (index >= words.length) return null;
  const path = words[index];
  return { program: path.slice(path.lastIndexOf('/') + 1), args: words.slice(index + 1) };
}
