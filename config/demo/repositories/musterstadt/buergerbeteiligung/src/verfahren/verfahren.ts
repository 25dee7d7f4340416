/** Die Arten von Verfahren, die die Plattform kennt. */
export type Verfahrensart = 'bauleitplanung' | 'umfrage' | 'ideensammlung';

export type Phase = 'entwurf' | 'offen' | 'auswertung' | 'abgeschlossen';

export interface Beteiligungsverfahren {
  id: string;
  titel: string;
  art: Verfahrensart;
  beschreibung: string;
  beginn: Date;
  ende: Date;
  /** Gesetzt, sobald die Verwaltung die Ergebnisse veröffentlicht hat. */
  ergebnisVeroeffentlicht: Date | null;
}

/** § 3 Abs. 2 BauGB: ein Monat, mindestens jedoch 30 Tage. */
export const MINDESTDAUER_AUSLEGUNG_TAGE = 30;

const TAG_MS = 24 * 60 * 60 * 1000;

/** Warum der Zeitraum nicht zulässig ist, oder null. */
export function pruefeZeitraum(verfahren: Pick<Beteiligungsverfahren, 'art' | 'beginn' | 'ende'>): string | null {
  if (verfahren.ende.getTime() <= verfahren.beginn.getTime()) return 'Das Ende muss nach dem Beginn liegen.';
  if (verfahren.art === 'bauleitplanung') {
    const tage = Math.floor((verfahren.ende.getTime() - verfahren.beginn.getTime()) / TAG_MS);
    if (tage < MINDESTDAUER_AUSLEGUNG_TAGE) {
      return `Bauleitpläne werden mindestens ${MINDESTDAUER_AUSLEGUNG_TAGE} Tage öffentlich ausgelegt (§ 3 Abs. 2 BauGB).`;
    }
  }
  return null;
}

export function phaseAm(verfahren: Beteiligungsverfahren, zeitpunkt: Date): Phase {
  if (verfahren.ergebnisVeroeffentlicht) return 'abgeschlossen';
  if (zeitpunkt < verfahren.beginn) return 'entwurf';
  if (zeitpunkt <= verfahren.ende) return 'offen';
  return 'auswertung';
}
