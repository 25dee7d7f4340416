/**
 * A bounded listing of the files of a tree (a commit or a directory), as the checks read
 * them: text files with their content, everything else by path and kind only.
 */
export type FileKind = 'text' | 'binary' | 'symlink' | 'too-large';

export interface FileTreeEntry {
  path: string;
  kind: FileKind;
  /** UTF-8 decoded as is (a byte order mark is kept); only for kind 'text'. */
  content?: string;
  /** Bytes, for the files whose content is not kept ('binary', 'too-large'): size rules need it. */
  size?: number;
}

export interface FileTree {
  files: FileTreeEntry[];
  /** The reader stopped at a limit: files beyond it are missing. */
  truncated: boolean;
}

export interface FileTreeLimits {
  maxFileBytes: number;
  maxFiles: number;
  maxBytes: number;
}

/**
 * Which files a reader lists and reads; the others are skipped without reading them. A check
 * that looks at a few kinds of files (the catalogue's manifests) then costs a walk of the trees,
 * not a read of every blob.
 */
export type FileSelector = (path: string) => boolean;

export const EVERY_FILE: FileSelector = () => true;

/** What git and grep look at to tell binary from text. */
const BINARY_PROBE_BYTES = 8000;

/**
 * Collects entries within the limits. Every `add...` returns false once a limit is reached;
 * the reader then stops and the tree is marked truncated, so one hostile repository cannot
 * make a scan take unbounded memory or time.
 */
export class FileTreeCollector {
  private readonly files: FileTreeEntry[] = [];
  private bytesRead = 0;
  private truncated = false;

  constructor(private readonly limits: FileTreeLimits) {}

  addSymlink(path: string): boolean {
    return this.push({ path, kind: 'symlink' });
  }

  /** A file whose size is known to be over the limit without reading it. */
  addTooLarge(path: string, size: number): boolean {
    return this.push({ path, kind: 'too-large', size });
  }

  /** A file that was read: its bytes count against the total budget whatever its kind. */
  addContent(path: string, data: Uint8Array): boolean {
    if (this.isFull()) return false;
    this.bytesRead += data.length;
    if (this.bytesRead > this.limits.maxBytes) return this.stop();
    if (data.length > this.limits.maxFileBytes) return this.push({ path, kind: 'too-large', size: data.length });
    if (data.subarray(0, BINARY_PROBE_BYTES).includes(0)) return this.push({ path, kind: 'binary', size: data.length });
    return this.push({ path, kind: 'text', content: Buffer.from(data.buffer, data.byteOffset, data.length).toString('utf8') });
  }

  /** Whether the next file may still be read; also lets readers skip reading once full. */
  isFull(): boolean {
    if (this.files.length < this.limits.maxFiles) return false;
    this.truncated = true;
    return true;
  }

  result(): FileTree {
    return { files: this.files, truncated: this.truncated };
  }

  private push(entry: FileTreeEntry): boolean {
    if (this.isFull()) return false;
    this.files.push(entry);
    return true;
  }

  private stop(): false {
    this.truncated = true;
    return false;
  }
}
