import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { phaseAm } from './verfahren.js';
import type { VerfahrenRepository } from './verfahren.repository.js';

const stellungnahmeSchema = z.object({
  text: z.string().trim().min(10, 'Bitte schreiben Sie mindestens 10 Zeichen.').max(20_000),
  anschrift: z.string().trim().max(500).optional(),
});

export function verfahrenRouten(app: FastifyInstance, repository: VerfahrenRepository): void {
  app.get('/api/verfahren', async () => repository.offene(new Date()));

  app.post<{ Params: { id: string } }>('/api/verfahren/:id/stellungnahmen', async (anfrage, antwort) => {
    const verfahren = await repository.finde(anfrage.params.id);
    if (!verfahren) return antwort.code(404).send({ fehler: 'Dieses Verfahren gibt es nicht.' });
    if (phaseAm(verfahren, new Date()) !== 'offen') {
      return antwort.code(409).send({ fehler: 'Stellungnahmen sind nur während der Beteiligungsfrist möglich.' });
    }
    const eingabe = stellungnahmeSchema.safeParse(anfrage.body);
    if (!eingabe.success) return antwort.code(400).send({ fehler: eingabe.error.issues.map((issue) => issue.message) });
    // Förmliche Verfahren brauchen die Anschrift für die Mitteilung des Abwägungsergebnisses.
    if (verfahren.art === 'bauleitplanung' && !eingabe.data.anschrift) {
      return antwort.code(400).send({ fehler: ['Bitte geben Sie Ihre Anschrift an, damit wir Ihnen das Ergebnis mitteilen können.'] });
    }
    const id = await repository.speichereStellungnahme({ verfahrenId: verfahren.id, text: eingabe.data.text, anschrift: eingabe.data.anschrift ?? null });
    return antwort.code(201).send({ id });
  });
}
