import { Injectable } from '@nestjs/common';
import * as fs from 'node:fs';
import git from 'isomorphic-git';
import { GitObjectCache } from '../read/git-object-cache';
import { GitReadError } from '../read/git-read.error';
import { isNotFound } from '../read/git-reader.service';
import { RepositoryStorage } from '../storage/repository-storage.service';

export interface RepositoryRelease {
  tag: string;
  date: Date;
  /** An annotated tag carrying an OpenPGP, SSH or X.509 signature (not verified here). */
  signed: boolean;
}

/** How alive a repository is, for the maintenance and security badges. */
export interface RepositoryActivity {
  since: Date;
  /** Commits reachable from the head and dated (committer date) at or after `since`. */
  commits: number;
  /** Distinct author e-mail addresses (case-insensitive) among those commits. */
  authors: number;
  lastCommitAt: Date | null;
  /** Tags dated at or after `since` (tagger date, or the commit's date for lightweight tags). */
  releases: RepositoryRelease[];
  tags: { total: number; signed: number };
  /** Set when a limit stopped the walk: the counts are lower bounds. */
  truncated: boolean;
}

export interface ActivityLimits {
  maxCommits: number;
  maxTags: number;
}

const DEFAULT_LIMITS: ActivityLimits = { maxCommits: 10_000, maxTags: 1_000 };
const SIGNATURE = /\n-----BEGIN (?:PGP|SSH) SIGNATURE-----\n|\n-----BEGIN SIGNED MESSAGE-----\n/;

/**
 * Reads commit and tag history in process with isomorphic-git. The caller passes `since`, so
 * the clock stays outside and the result is reproducible for a given repository and date.
 */
@Injectable()
export class RepositoryActivityReader {
  private readonly cache: object;

  constructor(
    private readonly storage: RepositoryStorage,
    objectCache: GitObjectCache,
  ) {
    this.cache = objectCache.objects;
  }

  async read(repositoryId: string, head: string, since: Date, limits: ActivityLimits = DEFAULT_LIMITS): Promise<RepositoryActivity> {
    const gitdir = this.storage.pathOf(repositoryId);
    try {
      const history = await this.history(gitdir, head, since, limits.maxCommits);
      const tags = await this.tags(gitdir, since, limits.maxTags);
      return { since, ...history, releases: tags.releases, tags: { total: tags.total, signed: tags.signed }, truncated: history.truncated || tags.truncated };
    } catch (error) {
      if (isNotFound(error) || (error as { code?: string }).code === 'ENOENT') throw GitReadError.notFound(`commit ${head}`);
      throw error;
    }
  }

  private async history(gitdir: string, head: string, since: Date, maxCommits: number) {
    // One more than the limit tells a history that ends exactly there from a longer one.
    const commits = await git.log({ fs, gitdir, ref: head, since, depth: maxCommits + 1, cache: this.cache });
    const counted = commits.slice(0, maxCommits).filter(({ commit }) => commit.committer.timestamp * 1000 >= since.getTime());
    const authors = new Set(counted.map(({ commit }) => commit.author.email.trim().toLowerCase()));
    const newest = Math.max(...counted.map(({ commit }) => commit.committer.timestamp));
    return {
      commits: counted.length,
      authors: authors.size,
      lastCommitAt: counted.length > 0 ? new Date(newest * 1000) : null,
      truncated: commits.length > maxCommits,
    };
  }

  private async tags(gitdir: string, since: Date, maxTags: number) {
    const names = await git.listTags({ fs, gitdir });
    const releases: RepositoryRelease[] = [];
    let signed = 0;
    for (const name of names.slice(0, maxTags)) {
      const release = await this.release(gitdir, name);
      if (!release) continue;
      if (release.signed) signed++;
      if (release.date.getTime() >= since.getTime()) releases.push(release);
    }
    releases.sort((a, b) => b.date.getTime() - a.date.getTime());
    return { releases, total: Math.min(names.length, maxTags), signed, truncated: names.length > maxTags };
  }

  /** Null for a tag that names neither a commit nor an annotated tag of one (a tagged blob or tree). */
  private async release(gitdir: string, tag: string): Promise<RepositoryRelease | null> {
    const oid = await git.resolveRef({ fs, gitdir, ref: `refs/tags/${tag}` });
    const object = await git.readObject({ fs, gitdir, oid, format: 'content', cache: this.cache });
    if (object.type === 'tag') {
      const { tag: annotated } = await git.readTag({ fs, gitdir, oid, cache: this.cache });
      const text = Buffer.from(object.object as Uint8Array).toString('utf8');
      return { tag, date: new Date(annotated.tagger.timestamp * 1000), signed: SIGNATURE.test(text) };
    }
    if (object.type !== 'commit') return null;
    const { commit } = await git.readCommit({ fs, gitdir, oid, cache: this.cache });
    return { tag, date: new Date(commit.committer.timestamp * 1000), signed: false };
  }
}
