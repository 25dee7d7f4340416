export { textfeld, type TextfeldOptionen } from './felder/textfeld.js';
export { auswahlgruppe, type AuswahlgruppeOptionen } from './felder/auswahlgruppe.js';
export { pflichtfeld, emailAdresse, postleitzahl, type Pruefregel } from './pruefung/pruefregeln.js';
export { zeigeFehlerzusammenfassung, type Feldfehler } from './pruefung/fehlerzusammenfassung.js';
