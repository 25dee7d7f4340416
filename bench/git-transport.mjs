// Pushes and clones the same generated repository through Allmende and through
// `git http-backend` behind a minimal CGI server, in one run, and prints both times and the
// ratio; then measures the Allmende server's memory growth during a 100 MB push.
//
//   npm run bench:git-transport [-- --commits 600 --files-per-commit 40 --runs 5 --big-mb 100]
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    commits: { type: 'string', default: '600' },
    'files-per-commit': { type: 'string', default: '40' },
    runs: { type: 'string', default: '5' },
    'big-mb': { type: 'string', default: '100' },
  },
});
const COMMITS = Number(values.commits);
const FILES_PER_COMMIT = Number(values['files-per-commit']);
const RUNS = Number(values.runs);
const BIG_MB = Number(values['big-mb']);
const work = mkdtempSync(join(tmpdir(), 'allmende-bench-git-'));
// The embedded PostgreSQL (run as an unprivileged user when this runs as root) must enter it.
chmodSync(work, 0o755);
const gitEnv = {
  PATH: process.env.PATH,
  HOME: work,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.org',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.org',
};
const git = (args, cwd, input) => execFileSync('git', args, { cwd, env: gitEnv, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] }).toString();

function generateRepository(directory) {
  git(['init', '--quiet', '--bare', '--initial-branch=main', directory]);
  // fast-import: a history with many small changing files, like a real code base.
  const lines = [];
  let mark = 0;
  for (let commit = 1; commit <= COMMITS; commit++) {
    const message = `commit ${commit}`;
    lines.push('commit refs/heads/main', `mark :${++mark}`, `committer Bench <bench@example.org> ${1700000000 + commit} +0000`, `data ${message.length}`, message);
    if (commit > 1) lines.push(`from :${mark - 1 - FILES_PER_COMMIT}`);
    const blobs = [];
    for (let file = 0; file < FILES_PER_COMMIT; file++) {
      const path = `src/module-${(commit * 7 + file * 13) % 400}/file-${file}.ts`;
      const content = `// ${path} at commit ${commit}\nexport const value = '${randomBytes(24).toString('hex')}';\n`.repeat(4);
      blobs.push(`M 100644 inline ${path}`, `data ${Buffer.byteLength(content)}`, content);
    }
    lines.push(...blobs, '');
    mark += FILES_PER_COMMIT;
  }
  git(['fast-import', '--quiet'], directory, lines.join('\n'));
  return Number(git(['count-objects', '-v'], directory).match(/in-pack: (\d+)/)?.[1] ?? git(['rev-list', '--objects', '--all'], directory).split('\n').length);
}

async function startAllmende(dataDir) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
    env: { PATH: process.env.PATH, HOME: work, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', GIT_MAX_FILE_BYTES: String((BIG_MB + 10) * 1024 * 1024) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('Allmende did not start');
    try {
      if ((await fetch(`${url}/health/ready`)).status === 200) break;
    } catch {
      /* starting */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const cli = (args) => execFileSync(process.execPath, [join(root, 'dist/apps/cli/src/main.js'), ...args], { env: { PATH: process.env.PATH, DATA_DIR: dataDir } }).toString().trim();
  cli(['user', 'create', '--username', 'bench']);
  const token = cli(['token', 'create', '--username', 'bench', '--scopes', 'write']);
  const graphql = async (query) => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  await graphql('mutation { createNamespace(input: { slug: "bench", displayName: "Bench", kind: OTHER }) { slug } }');
  return {
    child,
    url,
    async newRepository(name) {
      await graphql(`mutation { createRepository(input: { namespace: "bench", name: "${name}", visibility: PUBLIC }) { id } }`);
      return { push: `http://bench:${token}@127.0.0.1:${port}/git/bench/${name}.git`, clone: `${url}/git/bench/${name}.git` };
    },
    /**
     * Waits until the checks of the repository's head commit are done: none running and none
     * changing for half a second (a check kind without a processor yet stays QUEUED).
     */
    async settle(name) {
      let last = '';
      let stableSince = Date.now();
      for (let i = 0; i < 1200; i++) {
        const { repository } = await graphql(`{ repository(namespace: "bench", name: "${name}") { checkRuns { kind status } } }`);
        const state = JSON.stringify(repository.checkRuns);
        if (state !== last) [last, stableSince] = [state, Date.now()];
        const finished = repository.checkRuns.some((run) => !['QUEUED', 'RUNNING'].includes(run.status));
        if (finished && !state.includes('RUNNING') && Date.now() - stableSince >= 500) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`the checks of ${name} did not finish within a minute`);
    },
    stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))),
  };
}

/** The reference: git's own CGI program behind the smallest HTTP server that runs it. */
async function startHttpBackend(projectRoot, { fsck }) {
  const backend = join(git(['--exec-path']).trim(), 'git-http-backend');
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const child = spawn(backend, [], {
      env: {
        ...gitEnv,
        GIT_PROJECT_ROOT: projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        GIT_HTTP_MAX_REQUEST_BUFFER: '1000M',
        REQUEST_METHOD: request.method,
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: request.headers['content-type'] ?? '',
        REMOTE_USER: 'bench',
        REMOTE_ADDR: '127.0.0.1',
        ...(request.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: request.headers['content-encoding'] } : {}),
        ...(request.headers['git-protocol'] ? { GIT_PROTOCOL: request.headers['git-protocol'] } : {}),
      },
    });
    request.pipe(child.stdin);
    let head = Buffer.alloc(0);
    let headersDone = false;
    child.stdout.on('data', (chunk) => {
      if (headersDone) return response.write(chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      headersDone = true;
      let status = 200;
      for (const line of head.subarray(0, end).toString().split('\r\n')) {
        const [name, ...rest] = line.split(':');
        if (name.toLowerCase() === 'status') status = Number(rest.join(':').trim().split(' ')[0]);
        else response.setHeader(name, rest.join(':').trim());
      }
      response.writeHead(status);
      response.write(head.subarray(end + 4));
    });
    child.stdout.on('end', () => response.end());
  });
  const port = await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
  return {
    newRepository(name) {
      git(['init', '--quiet', '--bare', '--initial-branch=main', join(projectRoot, `${name}.git`)]);
      git(['config', 'http.receivepack', 'true'], join(projectRoot, `${name}.git`));
      if (fsck) git(['config', 'receive.fsckObjects', 'true'], join(projectRoot, `${name}.git`));
      return { push: `http://127.0.0.1:${port}/${name}.git`, clone: `http://127.0.0.1:${port}/${name}.git` };
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Runs git asynchronously (the reference server lives in this process) and returns milliseconds. */
async function timeGit(args, cwd) {
  const start = process.hrtime.bigint();
  const child = spawn('git', args, { cwd, env: gitEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`git ${args[0]} failed: ${stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

/** One push and one clone of a fresh repository on the target. */
async function measureRound(name, target, source, run) {
  const repository = await target.newRepository(`r${run}`);
  const push = await timeGit(['push', '--quiet', repository.push, 'main'], source);
  // Allmende checks every push in the background; timing a clone while those checks share the
  // CPU would measure them, not the transport.
  await target.settle?.(`r${run}`);
  const clonePath = join(work, `${name}-clone-${run}`);
  const clone = await timeGit(['clone', '--quiet', '--bare', repository.clone, clonePath]);
  rmSync(clonePath, { recursive: true, force: true });
  return { push, clone };
}

/**
 * The targets take turns round by round, so a change in the machine's load (other work on a
 * shared machine) falls on all of them alike instead of on whichever ran last.
 */
async function measureTransports(targets, source) {
  const times = Object.fromEntries(Object.keys(targets).map((name) => [name, { push: [], clone: [] }]));
  for (let run = 0; run < RUNS; run++) {
    for (const [name, target] of Object.entries(targets)) {
      const { push, clone } = await measureRound(name, target, source, run);
      times[name].push.push(push);
      times[name].clone.push(clone);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, { push, clone }]) => [name, { push: median(push), clone: median(clone) }]));
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)[1]) / 1024;
}

async function measurePushMemory(allmende) {
  const source = join(work, 'big');
  git(['init', '--quiet', '--initial-branch=main', source]);
  writeFileSync(join(source, 'data.bin'), randomBytes(BIG_MB * 1024 * 1024));
  git(['add', '.'], source);
  git(['commit', '--quiet', '-m', 'big'], source);
  const repository = await allmende.newRepository('big');
  const baseline = rssMb(allmende.child.pid);
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(allmende.child.pid))), 20);
  const seconds = (await timeGit(['push', '--quiet', repository.push, 'main'], source)) / 1000;
  clearInterval(sampler);
  return { baseline, peak, growth: peak - baseline, seconds };
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

try {
  const source = join(work, 'source.git');
  const objects = generateRepository(source);
  console.log(`repository: ${COMMITS} commits, ${objects} objects, ${git(['count-objects', '-vH'], source).match(/size-pack: (.*)/)?.[1]}`);
  const allmende = await startAllmende(join(work, 'allmende-data'));
  const backend = await startHttpBackend(join(work, 'http-backend'), { fsck: false });
  // The same object checks Allmende always runs (receive.fsckObjects), to separate their cost.
  const checkedBackend = await startHttpBackend(join(work, 'http-backend-fsck'), { fsck: true });
  try {
    const { native, checked, ours } = await measureTransports({ native: backend, checked: checkedBackend, ours: allmende }, source);
    const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
    console.log(`\nmedian of ${RUNS} runs   http-backend   http-backend+fsck   Allmende   ratio (plain / with fsck; target <= 1.15x)`);
    console.log(`push              ${native.push.toFixed(0).padStart(9)} ms ${checked.push.toFixed(0).padStart(14)} ms ${ours.push.toFixed(0).padStart(7)} ms   ${ratio(ours.push, native.push)} / ${ratio(ours.push, checked.push)}`);
    console.log(`clone             ${native.clone.toFixed(0).padStart(9)} ms ${checked.clone.toFixed(0).padStart(14)} ms ${ours.clone.toFixed(0).padStart(7)} ms   ${ratio(ours.clone, native.clone)} / ${ratio(ours.clone, checked.clone)}`);
    const memory = await measurePushMemory(allmende);
    console.log(`\n${BIG_MB} MB push: server RSS ${memory.baseline.toFixed(0)} MB -> peak ${memory.peak.toFixed(0)} MB, growth ${memory.growth.toFixed(1)} MB in ${memory.seconds.toFixed(1)} s (target < 50 MB)`);
  } finally {
    await backend.stop();
    await checkedBackend.stop();
    await allmende.stop();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
