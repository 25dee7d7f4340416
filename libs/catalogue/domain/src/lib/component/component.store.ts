import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ExtractedComponent } from '@allmende/catalogue-extraction';
import { componentRow } from './component-rows';

export type IndexOutcome = { indexed: true; components: number } | { indexed: false; reason: 'not-head' | 'gone' };

/** What a component row copies from its repository, namespace and the commit's reports. */
const MIRRORED = `
  WITH target AS (
    SELECT r.id AS repository_id, r.namespace_id, catalogue_audience(r.visibility, n.visibility) AS audience, n.kind AS namespace_kind,
           (SELECT l.expression FROM license_reports l WHERE l.repository_id = r.id AND l.commit = $2 ORDER BY l.checked_at DESC LIMIT 1) AS license_expression,
           (SELECT l.status FROM license_reports l WHERE l.repository_id = r.id AND l.commit = $2 ORDER BY l.checked_at DESC LIMIT 1) AS license_status,
           (SELECT c.status FROM conduct_reports c WHERE c.repository_id = r.id AND c.commit = $2 ORDER BY c.checked_at DESC LIMIT 1) AS conduct_status,
           coalesce((SELECT catalogue_badge_score(c.badges) FROM conduct_reports c WHERE c.repository_id = r.id AND c.commit = $2 ORDER BY c.checked_at DESC LIMIT 1), 0) AS badge_score
      FROM repositories r JOIN namespaces n ON n.id = r.namespace_id
     WHERE r.id = $1)`;

const RECORD_COLUMNS = `component_key text, kind text, path text, name text, version text, ecosystem text, description text, descriptions jsonb,
  categories text[], platforms text[], software_type text, development_status text, maintenance_type text, declared_license text,
  hardening jsonb, hardening_level text, details jsonb, depends_on text[], logo text, short_text text, middle_text text, long_text text`;

/** Columns a push may change; `updated_at` moves only when one of them does. */
const DESCRIBED = ['kind', 'path', 'name', 'version', 'ecosystem', 'description', 'descriptions', 'categories', 'platforms', 'software_type', 'development_status', 'maintenance_type', 'declared_license', 'hardening', 'hardening_level', 'details', 'depends_on', 'logo'];

/** The catalogue's components of each repository's default branch. */
@Injectable()
export class ComponentStore {
  /**
   * Within the caller's transaction: makes `components` the repository's catalogue entries if
   * `commit` is still the head of its default branch (an older commit's check finishing late must
   * not undo a newer one's), updating components whose key survives so their adoptions stay.
   */
  async replaceForHead(manager: EntityManager, repositoryId: string, commit: string, components: readonly ExtractedComponent[], now: Date): Promise<IndexOutcome> {
    await manager.query('SELECT catalogue_lock_repository($1)', [repositoryId]);
    const [repository] = await manager.query(`SELECT head_commit AS "headCommit", deleted_at AS "deletedAt" FROM repositories WHERE id = $1`, [repositoryId]);
    if (!repository || repository.deletedAt) return { indexed: false, reason: 'gone' };
    if (repository.headCommit !== commit) return { indexed: false, reason: 'not-head' };
    const rows = components.map(componentRow);
    await manager.query(
      `${MIRRORED}
       INSERT INTO catalogue_components (repository_id, namespace_id, commit, component_key, ${DESCRIBED.join(', ')},
              audience, namespace_kind, license_expression, license_status, conduct_status, badge_score, search_vector, updated_at)
       SELECT t.repository_id, t.namespace_id, $2, x.component_key, ${DESCRIBED.map((column) => `x.${column}`).join(', ')},
              t.audience, t.namespace_kind, t.license_expression, t.license_status, t.conduct_status, t.badge_score,
              catalogue_search_vector(x.name, x.short_text, x.middle_text, x.long_text), $4
         FROM target t, jsonb_to_recordset($3::jsonb) AS x(${RECORD_COLUMNS})
       ON CONFLICT (repository_id, component_key) DO UPDATE SET
              commit = EXCLUDED.commit, ${DESCRIBED.map((column) => `${column} = EXCLUDED.${column}`).join(', ')},
              audience = EXCLUDED.audience, namespace_kind = EXCLUDED.namespace_kind, license_expression = EXCLUDED.license_expression,
              license_status = EXCLUDED.license_status, conduct_status = EXCLUDED.conduct_status, badge_score = EXCLUDED.badge_score,
              search_vector = EXCLUDED.search_vector,
              updated_at = CASE WHEN (${DESCRIBED.map((column) => `catalogue_components.${column}`).join(', ')})
                                     IS DISTINCT FROM (${DESCRIBED.map((column) => `EXCLUDED.${column}`).join(', ')})
                                THEN EXCLUDED.updated_at ELSE catalogue_components.updated_at END`,
      [repositoryId, commit, JSON.stringify(rows), now],
    );
    await manager.query(`DELETE FROM catalogue_components WHERE repository_id = $1 AND NOT (component_key = ANY($2::text[]))`, [repositoryId, rows.map((row) => row.component_key)]);
    return { indexed: true, components: rows.length };
  }
}
