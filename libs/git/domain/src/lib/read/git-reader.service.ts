import { Injectable } from '@nestjs/common';
import * as fs from 'node:fs';
import git, { ReadCommitResult } from 'isomorphic-git';
import { RepositoryStorage } from '../storage/repository-storage.service';
import { GitObjectCache } from './git-object-cache';
import { GitReadError } from './git-read.error';

export type TreeEntryType = 'BLOB' | 'TREE' | 'SYMLINK' | 'SUBMODULE';

export interface TreeEntry {
  name: string;
  path: string;
  type: TreeEntryType;
  mode: string;
  oid: string;
}

export interface BlobContent {
  path: string;
  oid: string;
  size: number;
  isBinary: boolean;
  /** UTF-8 text up to the size limit; null for binary content. */
  text: string | null;
  truncated: boolean;
  /** Symlinks are shown as their target text and never followed. */
  isSymlink: boolean;
}

export interface CommitInfo {
  oid: string;
  message: string;
  parents: string[];
  author: { name: string; email: string; date: Date };
  committer: { name: string; email: string; date: Date };
}

const TYPE_OF_MODE: Record<string, TreeEntryType> = { '040000': 'TREE', '120000': 'SYMLINK', '160000': 'SUBMODULE' };
export const MAX_BLOB_TEXT_BYTES = 1024 * 1024;
const SHA = /^[0-9a-f]{40}$/;

/**
 * Reads repositories in process with isomorphic-git (never writes: pushes go through the
 * git binary). One cache is shared by all reads so packfile indexes are parsed once.
 */
@Injectable()
export class GitReader {
  private readonly cache: object;

  constructor(
    private readonly storage: RepositoryStorage,
    objectCache: GitObjectCache,
  ) {
    this.cache = objectCache.objects;
  }

  /** The commit a branch, tag or full commit id names; null when the repository is empty. */
  async resolveCommit(repositoryId: string, ref: string): Promise<string | null> {
    const gitdir = this.storage.pathOf(repositoryId);
    if (!isSafeRef(ref)) throw GitReadError.invalid(`"${ref}" is not a branch, tag or commit id`);
    try {
      const oid = SHA.test(ref) ? ref : await git.resolveRef({ fs, gitdir, ref });
      const { oid: commit } = await git.readCommit({ fs, gitdir, oid: await this.peel(gitdir, oid), cache: this.cache });
      return commit;
    } catch (error) {
      if (isNotFound(error)) {
        if (ref === 'HEAD') return null;
        throw GitReadError.notFound(`ref "${ref}"`);
      }
      throw error;
    }
  }

  async tree(repositoryId: string, commit: string, path: string): Promise<TreeEntry[]> {
    const gitdir = this.storage.pathOf(repositoryId);
    const filepath = normalizePath(path);
    try {
      const { tree } = await git.readTree({ fs, gitdir, oid: commit, filepath: filepath || undefined, cache: this.cache });
      return tree.map((entry) => ({
        name: entry.path,
        path: filepath ? `${filepath}/${entry.path}` : entry.path,
        type: TYPE_OF_MODE[entry.mode] ?? 'BLOB',
        mode: entry.mode,
        oid: entry.oid,
      }));
    } catch (error) {
      if (isNotFound(error) || (error as { code?: string }).code === 'ObjectTypeError') throw GitReadError.notFound(`directory "${path}"`);
      throw error;
    }
  }

  async blob(repositoryId: string, commit: string, path: string, maxBytes = MAX_BLOB_TEXT_BYTES): Promise<BlobContent> {
    const gitdir = this.storage.pathOf(repositoryId);
    const filepath = normalizePath(path);
    if (!filepath) throw GitReadError.invalid('path must name a file');
    const parent = filepath.includes('/') ? filepath.slice(0, filepath.lastIndexOf('/')) : '';
    const name = filepath.slice(parent.length ? parent.length + 1 : 0);
    const entry = (await this.tree(repositoryId, commit, parent)).find((candidate) => candidate.name === name);
    if (!entry || entry.type === 'TREE' || entry.type === 'SUBMODULE') throw GitReadError.notFound(`file "${path}"`);
    const { blob } = await git.readBlob({ fs, gitdir, oid: entry.oid, cache: this.cache });
    const isBinary = blob.subarray(0, 8000).includes(0);
    const truncated = blob.length > maxBytes;
    return {
      path: filepath,
      oid: entry.oid,
      size: blob.length,
      isBinary,
      text: isBinary ? null : Buffer.from(blob.subarray(0, maxBytes)).toString('utf8'),
      truncated,
      isSymlink: entry.type === 'SYMLINK',
    };
  }

  /** Commits reachable from `commit`, newest first; `after` continues behind that commit. */
  async log(repositoryId: string, commit: string, first: number, after?: string): Promise<{ commits: CommitInfo[]; hasNextPage: boolean }> {
    const gitdir = this.storage.pathOf(repositoryId);
    if (after !== undefined && !SHA.test(after)) throw GitReadError.invalid('after is not a commit id');
    const skip = after ? 1 : 0;
    const entries = await git.log({ fs, gitdir, ref: after ?? commit, depth: first + 1 + skip, cache: this.cache }).catch((error: unknown) => {
      if (isNotFound(error)) throw GitReadError.notFound('commit');
      throw error;
    });
    const page = entries.slice(skip, skip + first);
    return { commits: page.map(toCommitInfo), hasNextPage: entries.length > skip + first };
  }

  private async peel(gitdir: string, oid: string): Promise<string> {
    // Annotated tags point at tag objects; follow them to the commit.
    for (let depth = 0; depth < 10; depth++) {
      const object = await git.readObject({ fs, gitdir, oid, cache: this.cache });
      if (object.type !== 'tag') return oid;
      oid = (object.object as { object: string }).object;
    }
    throw GitReadError.invalid('tag chain too long');
  }
}

function toCommitInfo(entry: ReadCommitResult): CommitInfo {
  const { author, committer, message, parent } = entry.commit;
  const person = (who: typeof author) => ({ name: who.name, email: who.email, date: new Date(who.timestamp * 1000) });
  return { oid: entry.oid, message, parents: parent, author: person(author), committer: person(committer) };
}

/** Repository paths: no empty, "." or ".." components, no backslashes or NUL. */
export function normalizePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '';
  const parts = trimmed.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..') || /[\\\0]/.test(trimmed)) {
    throw GitReadError.invalid(`"${path}" is not a valid path in a repository`);
  }
  return trimmed;
}

function isSafeRef(ref: string): boolean {
  return ref.length > 0 && ref.length <= 255 && !ref.startsWith('-') && !ref.includes('..') && /^[A-Za-z0-9._/-]+$/.test(ref);
}

export function isNotFound(error: unknown): boolean {
  return ['NotFoundError', 'ResolveRefError'].includes((error as { code?: string }).code ?? '');
}
