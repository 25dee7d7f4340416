import type { EntityManager } from 'typeorm';

/** Recounts the adoption columns search ranks and sorts on, in the caller's transaction. */
export async function refreshAdoptionCounts(manager: EntityManager, componentIds: readonly string[]): Promise<void> {
  if (componentIds.length === 0) return;
  await manager.query(
    `UPDATE catalogue_components c
        SET adoption_count = counts.total, verified_adoption_count = counts.verified
       FROM (SELECT wanted.id, (SELECT count(*) FROM catalogue_adoptions a WHERE a.component_id = wanted.id)::int AS total,
                               (SELECT count(*) FROM catalogue_adoptions a WHERE a.component_id = wanted.id AND a.verified)::int AS verified
               FROM unnest($1::uuid[]) AS wanted(id)) AS counts
      WHERE c.id = counts.id AND (c.adoption_count, c.verified_adoption_count) IS DISTINCT FROM (counts.total, counts.verified)`,
    [componentIds],
  );
}

/**
 * Makes the unverified adoptions of a repository's components exactly the organisations their
 * publiccode.yml `usedBy` names (matched case-insensitively), keeping those already recorded.
 */
export async function importUsedBy(manager: EntityManager, repositoryId: string, usedBy: ReadonlyMap<string, readonly string[]>): Promise<void> {
  const entries = [...usedBy].flatMap(([componentKey, names]) => uniqueNames(names).map((name) => ({ componentKey, key: `publiccode:${name.toLowerCase()}`, name })));
  await manager.query(
    `DELETE FROM catalogue_adoptions a USING catalogue_components c
      WHERE a.component_id = c.id AND c.repository_id = $1 AND a.source = 'PUBLICCODE'
        AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS x("componentKey" text, key text)
                         WHERE x."componentKey" = c.component_key AND x.key = a.adopter_key)`,
    [repositoryId, JSON.stringify(entries)],
  );
  await manager.query(
    `INSERT INTO catalogue_adoptions (component_id, adopter_key, adopter_name, source, verified)
     SELECT c.id, x.key, x.name, 'PUBLICCODE', false
       FROM jsonb_to_recordset($2::jsonb) AS x("componentKey" text, key text, name text)
       JOIN catalogue_components c ON c.repository_id = $1 AND c.component_key = x."componentKey"
     ON CONFLICT (component_id, adopter_key) DO NOTHING`,
    [repositoryId, JSON.stringify(entries)],
  );
  const ids: { id: string }[] = await manager.query('SELECT id FROM catalogue_components WHERE repository_id = $1', [repositoryId]);
  await refreshAdoptionCounts(manager, ids.map((row) => row.id));
}

/** At most 100 names of at most 200 characters each, de-duplicated ignoring case. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().slice(0, 200);
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
    if (seen.size >= 100) break;
  }
  return [...seen.values()];
}
