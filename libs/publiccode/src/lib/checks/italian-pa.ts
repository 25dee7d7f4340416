/**
 * The form of an IndicePA code (`pcm`, `c_h501`, `istsc_avic86200d`): letters, digits and
 * underscores. Whether the code exists needs the registry, which callers may pass in; codes are
 * compared without regard to case, as the IndicePA guidelines say.
 */
export function isItalianIpaCode(code: string, registry?: (code: string) => boolean): boolean {
  if (!/^[A-Za-z0-9_]{1,32}$/.test(code)) return false;
  return registry ? registry(code) : true;
}

export const ITALIAN_PA_URN_PREFIX = 'urn:x-italian-pa:';
