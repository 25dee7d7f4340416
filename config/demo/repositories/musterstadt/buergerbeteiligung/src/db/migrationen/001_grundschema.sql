-- Grundschema der Bürgerbeteiligung.
-- Stellungnahmen speichern keine Namen oder E-Mail-Adressen: die Anschrift nur, wenn das
-- Verfahren sie verlangt, und sie wird mit dem Verfahren gelöscht.

CREATE TABLE verfahren (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  titel                     text NOT NULL CHECK (length(titel) BETWEEN 3 AND 200),
  art                       text NOT NULL CHECK (art IN ('bauleitplanung', 'umfrage', 'ideensammlung')),
  beschreibung              text NOT NULL DEFAULT '',
  beginn                    timestamptz NOT NULL,
  ende                      timestamptz NOT NULL,
  ergebnis_veroeffentlicht  timestamptz,
  CHECK (ende > beginn)
);

CREATE TABLE stellungnahmen (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  verfahren_id  uuid NOT NULL REFERENCES verfahren (id) ON DELETE CASCADE,
  text          text NOT NULL,
  anschrift     text,
  eingegangen   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX stellungnahmen_verfahren ON stellungnahmen (verfahren_id);
