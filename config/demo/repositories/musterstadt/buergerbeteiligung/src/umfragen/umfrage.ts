export type Frage =
  | { id: string; typ: 'einfachauswahl' | 'mehrfachauswahl'; text: string; optionen: string[] }
  | { id: string; typ: 'skala'; text: string; von: number; bis: number }
  | { id: string; typ: 'freitext'; text: string; maxZeichen: number };

export type Antwort = string | string[] | number;

/** Prüft eine Antwort gegen ihre Frage; liefert eine Meldung für die Person, die antwortet. */
export function pruefeAntwort(frage: Frage, antwort: Antwort | undefined): string | null {
  if (antwort === undefined) return null;
  switch (frage.typ) {
    case 'einfachauswahl':
      return typeof antwort === 'string' && frage.optionen.includes(antwort) ? null : 'Bitte wählen Sie eine der Antworten.';
    case 'mehrfachauswahl':
      return Array.isArray(antwort) && antwort.every((wert) => frage.optionen.includes(wert)) ? null : 'Bitte wählen Sie nur angebotene Antworten.';
    case 'skala':
      return typeof antwort === 'number' && Number.isInteger(antwort) && antwort >= frage.von && antwort <= frage.bis
        ? null
        : `Bitte wählen Sie einen Wert von ${frage.von} bis ${frage.bis}.`;
    case 'freitext':
      return typeof antwort === 'string' && antwort.length <= frage.maxZeichen ? null : `Bitte schreiben Sie höchstens ${frage.maxZeichen} Zeichen.`;
  }
}

/** Häufigkeit jeder Option; Freitexte werden nicht gezählt, sondern einzeln gesichtet. */
export function zaehle(frage: Frage, antworten: Antwort[]): Map<string, number> {
  const zaehler = new Map<string, number>();
  if (frage.typ === 'freitext') return zaehler;
  for (const antwort of antworten) {
    for (const wert of Array.isArray(antwort) ? antwort : [antwort]) {
      zaehler.set(String(wert), (zaehler.get(String(wert)) ?? 0) + 1);
    }
  }
  return zaehler;
}
