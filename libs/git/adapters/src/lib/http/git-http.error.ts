/** An answer to a git client: status, plain-text reason and any headers git needs. */
export class GitHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GitHttpError';
  }

  static authenticate(message = 'authentication required'): GitHttpError {
    // Makes the git client ask for credentials (user name: anything, password: a token).
    return new GitHttpError(401, message, { 'WWW-Authenticate': 'Basic realm="Allmende", charset="UTF-8"' });
  }
}
