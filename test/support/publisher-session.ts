import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GraphqlClient } from '@allmende/testing';
import { GitClient } from './git-client';
import { startTestPlatform, TestPlatform } from './test-platform';

/** A running platform with one publisher who owns a namespace, and a git client to push with. */
export interface PublisherSession {
  platform: TestPlatform;
  git: GitClient;
  token: string;
  owner: GraphqlClient;
  close(): Promise<void>;
}

export async function startPublisherSession(username: string, namespace: string): Promise<PublisherSession> {
  const platform = await startTestPlatform();
  const git = new GitClient();
  const token = await platform.userWithToken(username);
  const owner = platform.client(token);
  await owner.ok(`mutation($slug: String!) { createNamespace(input: { slug: $slug, displayName: $slug, kind: MUNICIPALITY }) { slug } }`, { slug: namespace });
  return {
    platform,
    git,
    token,
    owner,
    async close() {
      git.cleanup();
      await platform.close();
    },
  };
}

/** Writes `files` (path -> content) below `root`, creating directories as needed. */
export function writeTree(root: string, files: Record<string, string | Buffer>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
