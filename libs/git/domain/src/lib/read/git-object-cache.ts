import { Injectable } from '@nestjs/common';

/**
 * isomorphic-git's object cache, shared by every in-process read (browsing and the check
 * workers) so packfile indexes are parsed once per process rather than once per read.
 */
@Injectable()
export class GitObjectCache {
  readonly objects: object = {};
}
