import { COUNTRY_CODE_COUNT, isCountryCode } from './country-codes';

describe('ISO 3166-1 alpha-2', () => {
  it('knows the 249 assigned codes, in upper or lower case', () => {
    expect(COUNTRY_CODE_COUNT).toBe(249);
    for (const code of ['DE', 'IT', 'AT', 'CH', 'SS', 'BQ', 'de', 'it']) expect(isCountryCode(code)).toBe(true);
  });

  it.each(['Fr', 'dE', 'XX', 'UK', 'EU', 'DEU', 'D', 'Mouseton', ''])('refuses %p', (code) => {
    expect(isCountryCode(code)).toBe(false);
  });
});
