import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phaseAm, pruefeZeitraum } from './verfahren.js';

const tag = (datum: string) => new Date(`${datum}T00:00:00+01:00`);

test('Bauleitpläne liegen mindestens 30 Tage aus', () => {
  assert.match(pruefeZeitraum({ art: 'bauleitplanung', beginn: tag('2025-03-01'), ende: tag('2025-03-20') }) ?? '', /30 Tage/);
  assert.equal(pruefeZeitraum({ art: 'bauleitplanung', beginn: tag('2025-03-01'), ende: tag('2025-04-01') }), null);
});

test('Umfragen dürfen kürzer laufen', () => {
  assert.equal(pruefeZeitraum({ art: 'umfrage', beginn: tag('2025-03-01'), ende: tag('2025-03-08') }), null);
});

test('die Phase folgt dem Zeitraum', () => {
  const verfahren = { id: '1', titel: 'Spielplatz Lindenweg', art: 'umfrage' as const, beschreibung: '', beginn: tag('2025-03-01'), ende: tag('2025-03-15'), ergebnisVeroeffentlicht: null };
  assert.equal(phaseAm(verfahren, tag('2025-02-20')), 'entwurf');
  assert.equal(phaseAm(verfahren, tag('2025-03-10')), 'offen');
  assert.equal(phaseAm(verfahren, tag('2025-03-20')), 'auswertung');
});
