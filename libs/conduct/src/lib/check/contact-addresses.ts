/**
 * E-mail addresses and web addresses in text, for the security contact and the personal data
 * rules. Found from each "@" outwards with bounded lengths instead of one regular expression
 * over the text: a 1 MB line without an "@" then costs nothing, and no input backtracks.
 */

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
/** RFC 5321 limits. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

export interface FoundAddress {
  address: string;
  domain: string;
  /** Offset in the text. */
  index: number;
}

export function findEmailAddresses(text: string): FoundAddress[] {
  const found: FoundAddress[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && LOCAL_CHAR.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && DOMAIN_CHAR.test(text[end])) end++;
    const local = text.slice(start, at).replace(/^\.+/, '');
    const domain = text.slice(at + 1, end).replace(/[.-]+$/, '');
    if (local.length === 0 || local.endsWith('.') || !/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain)) continue;
    found.push({ address: `${local}@${domain}`, domain: domain.toLowerCase(), index: at - local.length });
  }
  return found;
}

/**
 * Domains reserved for documentation and tests (RFC 2606, RFC 6761): an address there is a
 * placeholder or test data, neither a contact nor personal data.
 */
export function isPlaceholderDomain(domain: string): boolean {
  const host = domain.toLowerCase().replace(/\.$/, '');
  return (
    /(?:^|\.)example\.(?:com|net|org)$/.test(host) ||
    /(?:^|\.)(?:example|test|invalid|localhost)$/.test(host) ||
    host === 'localhost'
  );
}

/** The first way to reach a person the text names: an e-mail address or a web address not at a placeholder domain. */
export function findContact(text: string): string | null {
  const email = findEmailAddresses(text).find((found) => !isPlaceholderDomain(found.domain));
  // Sentence punctuation after a URL belongs to the sentence.
  const urls = (text.match(/\bhttps?:\/\/[^\s<>()"'`\]]+/gi) ?? []).map((candidate) => candidate.replace(/[.,;:!?]+$/, ''));
  const url = urls.find((candidate) => {
    try {
      const host = new URL(candidate).hostname;
      return host.includes('.') && !isPlaceholderDomain(host) && !/^[\d.]+$/.test(host);
    } catch {
      return false;
    }
  });
  if (email && url) return email.index <= text.indexOf(url) ? email.address : url;
  return email?.address ?? url ?? null;
}
