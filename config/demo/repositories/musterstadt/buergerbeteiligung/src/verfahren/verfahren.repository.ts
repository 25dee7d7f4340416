import type { Pool } from 'pg';
import type { Beteiligungsverfahren } from './verfahren.js';

export interface NeueStellungnahme {
  verfahrenId: string;
  text: string;
  /** Nur wenn das Verfahren sie verlangt (förmliche Beteiligung); sonst bleibt sie anonym. */
  anschrift: string | null;
}

export class VerfahrenRepository {
  constructor(private readonly pool: Pool) {}

  async offene(zeitpunkt: Date): Promise<Beteiligungsverfahren[]> {
    const { rows } = await this.pool.query(
      `SELECT id, titel, art, beschreibung, beginn, ende, ergebnis_veroeffentlicht AS "ergebnisVeroeffentlicht"
         FROM verfahren
        WHERE beginn <= $1 AND ende >= $1
        ORDER BY ende`,
      [zeitpunkt],
    );
    return rows;
  }

  async finde(id: string): Promise<Beteiligungsverfahren | null> {
    const { rows } = await this.pool.query(
      `SELECT id, titel, art, beschreibung, beginn, ende, ergebnis_veroeffentlicht AS "ergebnisVeroeffentlicht"
         FROM verfahren WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async speichereStellungnahme(stellungnahme: NeueStellungnahme): Promise<string> {
    const { rows } = await this.pool.query(
      'INSERT INTO stellungnahmen (verfahren_id, text, anschrift) VALUES ($1, $2, $3) RETURNING id',
      [stellungnahme.verfahrenId, stellungnahme.text, stellungnahme.anschrift],
    );
    return rows[0].id;
  }
}
