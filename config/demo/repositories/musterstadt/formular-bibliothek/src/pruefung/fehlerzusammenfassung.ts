export interface Feldfehler {
  feldId: string;
  meldung: string;
}

/**
 * Zeigt alle Fehler gesammelt über dem Formular und setzt den Fokus darauf, damit auch
 * Screenreader-Nutzende sofort erfahren, dass das Absenden nicht geklappt hat. Jeder Eintrag
 * springt zum betroffenen Feld; die Felder selbst werden als ungültig markiert.
 */
export function zeigeFehlerzusammenfassung(formular: HTMLFormElement, fehler: Feldfehler[]): void {
  formular.querySelector('.mf-fehlerzusammenfassung')?.remove();
  formular.querySelectorAll('[aria-invalid="true"]').forEach((feld) => feld.removeAttribute('aria-invalid'));
  if (fehler.length === 0) return;

  const box = document.createElement('div');
  box.className = 'mf-fehlerzusammenfassung';
  box.setAttribute('role', 'alert');
  box.tabIndex = -1;
  const titel = document.createElement('h2');
  titel.textContent = fehler.length === 1 ? 'Bitte korrigieren Sie eine Angabe' : `Bitte korrigieren Sie ${fehler.length} Angaben`;
  const liste = document.createElement('ul');
  for (const { feldId, meldung } of fehler) {
    const link = document.createElement('a');
    link.href = `#${feldId}`;
    link.textContent = meldung;
    const eintrag = document.createElement('li');
    eintrag.append(link);
    liste.append(eintrag);
    document.getElementById(feldId)?.setAttribute('aria-invalid', 'true');
  }
  box.append(titel, liste);
  formular.prepend(box);
  box.focus();
}
