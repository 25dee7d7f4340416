export interface AuswahlgruppeOptionen {
  name: string;
  frage: string;
  optionen: { wert: string; beschriftung: string }[];
  mehrfach?: boolean;
}

/**
 * Radio- oder Checkbox-Gruppe in einem fieldset: die Frage ist die legend, so hören
 * Screenreader-Nutzende sie bei jeder Option mit.
 */
export function auswahlgruppe(optionen: AuswahlgruppeOptionen): HTMLFieldSetElement {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'mf-auswahl';
  const legend = document.createElement('legend');
  legend.textContent = optionen.frage;
  fieldset.append(legend);

  optionen.optionen.forEach((option, index) => {
    const id = `${optionen.name}-${index}`;
    const input = document.createElement('input');
    input.type = optionen.mehrfach ? 'checkbox' : 'radio';
    input.id = id;
    input.name = optionen.name;
    input.value = option.wert;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = option.beschriftung;
    const zeile = document.createElement('div');
    zeile.className = 'mf-option';
    zeile.append(input, label);
    fieldset.append(zeile);
  });
  return fieldset;
}
