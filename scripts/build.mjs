#!/usr/bin/env node
/**
 * Compiles src/ to dist/ with tsc (tsconfig.build.json) and copies the playground's assets, so
 * production runs `node dist/main.js` with no TypeScript loader.
 *
 *   npm run build                      always builds
 *   node scripts/build.mjs --if-stale  builds only when dist/ is missing or older than src/
 *                                      (what `npm start` runs first, through "prestart")
 *
 * Plain JavaScript on purpose: it has to run before anything is compiled, with node alone.
 * "Stale" means the fingerprint of src/ and the tsconfig files (every path, size and mtime) differs
 * from the one written when dist/ was last built, so an edited, added or deleted file rebuilds.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
const stampFile = join(dist, '.build-stamp');
// tsc writes here first; dist/ changes only once a build has succeeded.
const next = join(dist, '.next');
const inputs = ['tsconfig.json', 'tsconfig.build.json'];

/** Every file under `dir`, recursively. */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** A hash of every source file's path, size and mtime. */
function fingerprint() {
  const hash = createHash('sha256');
  const files = [...walk(src), ...inputs.map((name) => join(root, name)).filter((file) => existsSync(file))].sort();
  for (const file of files) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(root, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** Why dist/ needs building, or undefined when it is up to date. */
function staleReason() {
  if (!existsSync(join(dist, 'main.js'))) return 'dist/ has not been built yet';
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8').trim() !== fingerprint())
    return 'src/ changed since dist/ was built';
  return undefined;
}

/** Replaces what an earlier build wrote (compiled files, copied assets) with dist/.next, never touching other files in dist/ such as the Teams zip. */
function install() {
  for (const file of walk(dist)) if (!file.startsWith(next) && /\.js(\.map)?$/.test(file)) rmSync(file);
  rmSync(join(dist, 'playground', 'assets'), { recursive: true, force: true });
  for (const file of walk(next)) {
    const target = join(dist, relative(next, file));
    mkdirSync(dirname(target), { recursive: true });
    renameSync(file, target);
  }
  rmSync(next, { recursive: true, force: true });
}

/** Runs tsc; SIGTERM or SIGINT (npm start stopped mid-build) stops tsc too, and nothing is left running. */
function compile(tsc) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', next], {
      cwd: root,
      stdio: 'inherit',
    });
    const forward = (signal) => {
      process.stderr.write(`Build stopped (${signal}); dist/ was not updated.\n`);
      child.kill(signal);
    };
    process.once('SIGTERM', forward);
    process.once('SIGINT', forward);
    child.on('exit', (code, signal) => resolve(signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : (code ?? 1)));
  });
}

async function build(reason) {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    process.stderr.write(
      `Policy Desk: ${reason}, and TypeScript is not installed to build it (were dependencies installed with --omit=dev?).\n` +
        'Run `npm install` (or `npm ci`) and then `npm run build`; the Docker image builds dist/ in its first stage.\n',
    );
    process.exit(1);
  }
  const started = Date.now();
  process.stderr.write(`Building dist/ with tsc (${reason})...\n`);
  const fingerprintBefore = fingerprint();
  rmSync(next, { recursive: true, force: true });
  const status = await compile(tsc);
  if (status !== 0) {
    rmSync(next, { recursive: true, force: true });
    if (status > 128) process.exit(status);
    process.stderr.write('Policy Desk: the TypeScript build failed (errors above); dist/ was not changed.\n');
    process.exit(status);
  }
  cpSync(join(src, 'playground', 'assets'), join(next, 'playground', 'assets'), { recursive: true });
  install();
  // The fingerprint taken before compiling: a file edited during the build makes the next start rebuild.
  writeFileSync(stampFile, `${fingerprintBefore}\n`);
  process.stderr.write(`Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
}

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(
    'Compiles src/ to dist/ (tsc -p tsconfig.build.json) and copies the playground assets.\n\n' +
      'usage: npm run build                       always build\n' +
      '       node scripts/build.mjs --if-stale   build only when dist/ is missing or src/ changed (npm start runs this first)\n',
  );
} else if (process.argv.includes('--if-stale')) {
  if (!existsSync(src)) process.exit(0); // an installed build (the Docker image) ships dist/ only
  const reason = staleReason();
  if (reason) await build(reason);
} else {
  await build('npm run build');
}
