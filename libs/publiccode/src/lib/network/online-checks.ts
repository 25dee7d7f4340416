import { posix } from 'node:path';
import { parseUrl } from '../checks/url-syntax';
import type { PubliccodeDocument } from '../publiccode.types';
import { classifyReference, LOGO_EXTENSIONS, pngLogoProblem, SCREENSHOT_EXTENSIONS } from '../rules/file-references';
import type { Reporter } from '../rules/reporter';
import type { UrlChecker } from './url-checker';

/** A hostile file may list thousands of URLs; past this many, the rest are not requested. */
export const MAX_URL_CHECKS = 50;
const CONCURRENCY = 4;
const PAGE_BYTES = 512 * 1024;
const OEMBED_LINK = /<link\b[^>]*\btype\s*=\s*["']?(?:application\/json\+oembed|text\/xml\+oembed)/i;

type Check = { key: string; run: () => Promise<string[]> };

/**
 * The checks that need the network, worded as the reference words them: URLs answer 200, `url`
 * is a git repository, remote logos and screenshots are images, videos offer oEmbed. Results are
 * added in the order of the file, whatever order the answers arrive in.
 */
export async function checkOnline(doc: PubliccodeDocument, report: Reporter, checker: UrlChecker): Promise<void> {
  const checks = plan(doc, checker);
  const outcomes = await runPooled(checks.slice(0, MAX_URL_CHECKS).map((check) => check.run));
  checks.slice(0, MAX_URL_CHECKS).forEach((check, index) => outcomes[index].forEach((problem) => report.error(check.key, problem)));
  if (checks.length > MAX_URL_CHECKS) {
    report.warning('', `only the first ${MAX_URL_CHECKS} of ${checks.length} URLs were checked online`);
  }
}

function plan(doc: PubliccodeDocument, checker: UrlChecker): Check[] {
  const checks: Check[] = [];
  const add = (key: string, run: () => Promise<string[]>) => checks.push({ key, run });
  if (doc.url !== undefined) {
    const url = doc.url;
    add('url', async () => [...(await reachability(url, checker)), ...((await isGitRepository(url, checker)) ? [] : ['is not a valid code repository'])]);
  }
  for (const key of ['landingURL', 'roadmap'] as const) {
    const url = doc[key];
    if (url !== undefined) add(key, () => reachability(url, checker));
  }
  for (const key of ['logo', 'monochromeLogo'] as const) {
    const reference = doc[key] ? classifyReference(doc[key]) : null;
    if (reference?.kind === 'url') add(key, () => remoteLogo(reference.url, checker));
  }
  for (const [language, entry] of Object.entries(doc.description ?? {})) {
    for (const field of ['documentation', 'apiDocumentation'] as const) {
      const url = entry[field];
      if (url !== undefined) add(`description.${language}.${field}`, () => reachability(url, checker));
    }
    entry.screenshots?.forEach((screenshot, i) => {
      const reference = classifyReference(screenshot);
      if (reference.kind !== 'url') return;
      add(`description.${language}.screenshots[${i}]`, async () =>
        (await remoteImage(reference.url, SCREENSHOT_EXTENSIONS, checker)).map((problem) => `'${screenshot}' is not an image: ${problem}`),
      );
    });
    entry.videos?.forEach((video, i) => {
      add(`description.${language}.videos[${i}]`, async () =>
        (await offersOembed(video, checker)) ? [] : [`'${video}' is not a valid video URL supporting oEmbed: invalid oEmbed link: ${video}`],
      );
    });
  }
  return checks;
}

/** Why a GET did not answer 200, in the reference's words, or the body it answered with. */
async function unreachableBecause(url: string, checker: UrlChecker): Promise<{ reason: string } | { body: Uint8Array }> {
  if (!parseUrl(url)?.scheme) return { reason: 'missing URL scheme' };
  const response = await checker.get(url);
  if (!response.ok) return { reason: `HTTP GET failed for ${url}: ${response.error}` };
  if (response.status === 404) return { reason: `HTTP GET failed for ${url}: not found` };
  if (response.status !== 200) return { reason: `HTTP GET returned ${response.status} for ${url}; 200 was expected` };
  return { body: response.body };
}

async function reachability(url: string, checker: UrlChecker): Promise<string[]> {
  const outcome = await unreachableBecause(url, checker);
  return 'reason' in outcome ? [`'${url}' not reachable: ${outcome.reason}`] : [];
}

async function remoteImage(url: string, extensions: string[], checker: UrlChecker): Promise<string[]> {
  const path = parseUrl(url)?.path ?? '';
  if (!extensions.includes(posix.extname(path).toLowerCase())) return [`invalid file extension for: ${url}`];
  const outcome = await unreachableBecause(url, checker);
  return 'reason' in outcome ? [outcome.reason] : [];
}

async function remoteLogo(url: string, checker: UrlChecker): Promise<string[]> {
  const path = parseUrl(url)?.path ?? '';
  if (!LOGO_EXTENSIONS.includes(posix.extname(path).toLowerCase())) return [`invalid file extension for: ${url}`];
  const outcome = await unreachableBecause(url, checker);
  if ('reason' in outcome) return [outcome.reason];
  const problem = posix.extname(path).toLowerCase() === '.png' ? pngLogoProblem(outcome.body, url) : null;
  return problem ? [problem] : [];
}

/** Git's smart HTTP advertisement: what any git host (GitLab, GitHub, Allmende itself) serves for a repository. */
async function isGitRepository(url: string, checker: UrlChecker): Promise<boolean> {
  const parts = parseUrl(url);
  if (!parts || (parts.scheme !== 'http' && parts.scheme !== 'https') || !parts.host) return false;
  const response = await checker.get(`${url.replace(/\/+$/, '')}/info/refs?service=git-upload-pack`, { maxBytes: 4096 });
  return response.ok && response.status === 200 && (response.contentType ?? '').startsWith('application/x-git-upload-pack-advertisement');
}

/** oEmbed discovery: the video page links to its oEmbed endpoint. */
async function offersOembed(url: string, checker: UrlChecker): Promise<boolean> {
  if (!parseUrl(url)?.host) return false;
  const response = await checker.get(url, { maxBytes: PAGE_BYTES });
  return response.ok && response.status === 200 && OEMBED_LINK.test(new TextDecoder().decode(response.body));
}

async function runPooled<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, tasks.length) }, worker));
  return results;
}
