import { Injectable } from '@nestjs/common';
import * as fs from 'node:fs';
import git from 'isomorphic-git';
import { GitObjectCache } from '../read/git-object-cache';
import { GitReadError } from '../read/git-read.error';
import { isNotFound } from '../read/git-reader.service';
import { RepositoryStorage } from '../storage/repository-storage.service';

export interface RepositoryTag {
  name: string;
  /** The tagger's date, or the commit's for a lightweight tag. */
  date: Date;
  /** An annotated tag carrying an OpenPGP, SSH or X.509 signature (not verified here). */
  signed: boolean;
}

/** How alive a repository is, for the maintenance and security badges. */
export interface RepositoryActivity {
  since: Date;
  /** Commits reachable from the head and dated (committer date) at or after `since`, newest first. */
  commits: { date: Date; author: string }[];
  /** Every tag (up to the limit), newest first. */
  tags: RepositoryTag[];
  /** Set when a limit stopped the walk: the lists are incomplete. */
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
      const tags = await this.tags(gitdir, limits.maxTags);
      return { since, commits: history.commits, tags: tags.tags, truncated: history.truncated || tags.truncated };
    } catch (error) {
      if (isNotFound(error) || (error as { code?: string }).code === 'ENOENT') throw GitReadError.notFound(`commit ${head}`);
      throw error;
    }
  }

  private async history(gitdir: string, head: string, since: Date, maxCommits: number) {
    // One more than the limit tells a history that ends exactly there from a longer one.
    const log = await git.log({ fs, gitdir, ref: head, since, depth: maxCommits + 1, cache: this.cache });
    const commits = log
      .slice(0, maxCommits)
      .filter(({ commit }) => commit.committer.timestamp * 1000 >= since.getTime())
      // An author is one person however they spell their address's case.
      .map(({ commit }) => ({ date: new Date(commit.committer.timestamp * 1000), author: commit.author.email.trim().toLowerCase() }));
    return { commits, truncated: log.length > maxCommits };
  }

  private async tags(gitdir: string, maxTags: number) {
    const names = await git.listTags({ fs, gitdir });
    const tags: RepositoryTag[] = [];
    for (const name of names.slice(0, maxTags)) {
      const tag = await this.tag(gitdir, name);
      if (tag) tags.push(tag);
    }
    tags.sort((a, b) => b.date.getTime() - a.date.getTime());
    return { tags, truncated: names.length > maxTags };
  }

  /** Null for a tag that names neither a commit nor an annotated tag of one (a tagged blob or tree). */
  private async tag(gitdir: string, name: string): Promise<RepositoryTag | null> {
    const oid = await git.resolveRef({ fs, gitdir, ref: `refs/tags/${name}` });
    const object = await git.readObject({ fs, gitdir, oid, format: 'content', cache: this.cache });
    if (object.type === 'tag') {
      const { tag: annotated } = await git.readTag({ fs, gitdir, oid, cache: this.cache });
      const text = Buffer.from(object.object as Uint8Array).toString('utf8');
      return { name, date: new Date(annotated.tagger.timestamp * 1000), signed: SIGNATURE.test(text) };
    }
    if (object.type !== 'commit') return null;
    const { commit } = await git.readCommit({ fs, gitdir, oid, cache: this.cache });
    return { name, date: new Date(commit.committer.timestamp * 1000), signed: false };
  }
}
