export interface TextfeldOptionen {
  id: string;
  beschriftung: string;
  /** Hinweis unter der Beschriftung, z. B. zum erwarteten Format. */
  hinweis?: string;
  pflicht?: boolean;
  /** HTML-autocomplete-Wert, damit Browser und Hilfsmittel Angaben vorschlagen (WCAG 1.3.5). */
  autocomplete?: string;
  typ?: 'text' | 'email' | 'tel';
}

/**
 * Ein Textfeld mit sichtbarer Beschriftung und verknüpftem Hinweis. Pflichtfelder sind im Text
 * gekennzeichnet, nicht nur mit einem Sternchen, das Screenreader oft nicht vorlesen.
 */
export function textfeld(optionen: TextfeldOptionen): HTMLDivElement {
  const gruppe = document.createElement('div');
  gruppe.className = 'mf-feld';

  const label = document.createElement('label');
  label.htmlFor = optionen.id;
  label.textContent = optionen.pflicht ? `${optionen.beschriftung} (Pflichtfeld)` : optionen.beschriftung;
  gruppe.append(label);

  const input = document.createElement('input');
  input.id = optionen.id;
  input.name = optionen.id;
  input.type = optionen.typ ?? 'text';
  if (optionen.pflicht) input.required = true;
  if (optionen.autocomplete) input.autocomplete = optionen.autocomplete as AutoFill;

  if (optionen.hinweis) {
    const hinweis = document.createElement('p');
    hinweis.id = `${optionen.id}-hinweis`;
    hinweis.className = 'mf-hinweis';
    hinweis.textContent = optionen.hinweis;
    gruppe.append(hinweis);
    input.setAttribute('aria-describedby', hinweis.id);
  }
  gruppe.append(input);
  return gruppe;
}
