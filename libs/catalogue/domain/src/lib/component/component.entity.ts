import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ComponentKind, Hardening, HardeningLevel, LocalizedDescription, PackageEcosystem } from '@allmende/catalogue-extraction';
import { RepositoryEntity } from '@allmende/repos';

/** Who may find a component: everyone, every signed-in user, or members of its namespace only. */
export type ComponentAudience = 'PUBLIC' | 'INTERNAL' | 'MEMBERS';

/**
 * One reusable component of a repository's default branch, as the catalogue shows and searches
 * it. Besides what the describing file says, the row mirrors what search filters and ranks on
 * (who may see it, the commit's license and conduct verdicts, the namespace's kind), so a search
 * over a million components reads one table. Triggers keep those mirrored columns in step with
 * the tables they come from (see the catalogue migration): no writer can forget to.
 */
@Entity('catalogue_components')
@Unique('catalogue_components_repository_key', ['repositoryId', 'componentKey'])
// Managed by the migrations: TypeORM cannot describe GIN indexes with operator classes.
@Index('catalogue_components_search_idx', { synchronize: false })
@Index('catalogue_components_name_trgm_idx', { synchronize: false })
// A member's own part of the catalogue, and the namespace filter.
@Index('catalogue_components_namespace_idx', ['namespaceId'])
// Browsing without text, in each sort's order (search reads them backwards: newest, most adopted, best first).
@Index('catalogue_components_updated_idx', ['updatedAt', 'id'])
@Index('catalogue_components_adoption_idx', ['adoptionCount', 'id'])
@Index('catalogue_components_quality_idx', { synchronize: false })
// Matches whose relevance is above the floor, counting facets without visiting rows, and the category filter.
@Index('catalogue_components_rank_idx', { synchronize: false })
@Index('catalogue_components_facets_idx', { synchronize: false })
@Index('catalogue_components_categories_idx', { synchronize: false })
export class ComponentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  repositoryId: string;

  @ManyToOne(() => RepositoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'repository_id' })
  repository?: RepositoryEntity;

  @Column({ type: 'uuid' })
  namespaceId: string;

  /** The commit the component was read from. */
  @Column({ type: 'char', length: 40 })
  commit: string;

  /** `<kind>:<path>[#<name>]`: stable across pushes while the describing file stays put. */
  @Column({ type: 'varchar', length: 1200 })
  componentKey: string;

  @Column({ type: 'varchar', length: 24 })
  kind: ComponentKind;

  @Column({ type: 'varchar', length: 1000 })
  path: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  version: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  ecosystem: PackageEcosystem | null;

  /** The short description shown in results: German, then English, then any language. */
  @Column({ type: 'varchar', length: 1000, default: '' })
  description: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  descriptions: Record<string, LocalizedDescription>;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  platforms: string[];

  @Column({ type: 'varchar', length: 64, nullable: true })
  softwareType: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  developmentStatus: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  maintenanceType: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  declaredLicense: string | null;

  @Column({ type: 'jsonb', nullable: true })
  hardening: Hardening | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  hardeningLevel: HardeningLevel | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  dependsOn: string[];

  @Column({ type: 'varchar', length: 2000, nullable: true })
  logo: string | null;

  // Mirrored from the repository and its namespace.
  @Column({ type: 'varchar', length: 16 })
  audience: ComponentAudience;

  @Column({ type: 'varchar', length: 16 })
  namespaceKind: string;

  // Mirrored from the LICENSE and CONDUCT reports of `commit`; null until those checks finish.
  @Column({ type: 'varchar', length: 2000, nullable: true })
  licenseExpression: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  licenseStatus: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  conductStatus: string | null;

  /** BRONZE 1, SILVER 2, GOLD 3, summed over the badges: a ranking signal. */
  @Column({ type: 'smallint', default: 0 })
  badgeScore: number;

  @Column({ type: 'integer', default: 0 })
  adoptionCount: number;

  @Column({ type: 'integer', default: 0 })
  verifiedAdoptionCount: number;

  /** Weighted German and English lexemes: name A, short description B, features and categories C, long description D. */
  @Column({ type: 'tsvector', select: false })
  searchVector: string;

  /** The A and B lexemes of searchVector, which relevance is computed from; set by a trigger from searchVector. */
  @Column({ type: 'tsvector', select: false })
  rankVector: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When a push last changed what the describing file says. */
  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
