/** Eine Prüfregel liefert die Fehlermeldung für die Person am Bildschirm oder null. */
export type Pruefregel = (wert: string) => string | null;

/** Meldungen nennen das Feld und sagen, was zu tun ist (WCAG 3.3.3). */
export const pflichtfeld =
  (feldname: string): Pruefregel =>
  (wert) =>
    wert.trim() === '' ? `Bitte geben Sie ${feldname} an.` : null;

export const emailAdresse: Pruefregel = (wert) =>
  wert === '' || /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(wert.trim()) ? null : 'Bitte geben Sie eine vollständige E-Mail-Adresse mit @ und Domain an.';

/** Deutsche Postleitzahlen haben fünf Ziffern, auch mit führender Null (z. B. 01067). */
export const postleitzahl: Pruefregel = (wert) =>
  wert === '' || /^\d{5}$/.test(wert.trim()) ? null : 'Bitte geben Sie eine Postleitzahl mit fünf Ziffern an.';
