import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createLogger } from '../../src/adapters/logger.ts';
import { startHttpServer } from '../../src/http/server.ts';

/**
 * No container tool can build here (the Docker CLI has no daemon, and no image registry is
 * reachable to pull node:20-bookworm-slim), so these check what can be checked without one: the
 * Dockerfile's stages, command and paths against the build, the HEALTHCHECK command against a real
 * server, and the compose file. test/app/start.test.ts checks that dist/ needs only production
 * dependencies.
 */
const root = path.join(import.meta.dirname, '../..');
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');

interface Stage {
  readonly name: string;
  readonly from: string;
  readonly instructions: Array<{ op: string; args: string }>;
}

/** The Dockerfile's stages with their instructions (continuation lines joined, comments dropped). */
function stages(): Stage[] {
  const lines = dockerfile
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const found: Stage[] = [];
  for (const line of lines) {
    const [, op, args] = /^(\S+)\s+(.*)$/.exec(line)!;
    if (op === 'FROM') {
      const [, from, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args!)!;
      found.push({ name: name ?? '', from: from!, instructions: [] });
    } else if (found.length) found.at(-1)!.instructions.push({ op: op!, args: args! });
  }
  return found;
}

const exec = (args: string): string[] => JSON.parse(args) as string[];

describe('Dockerfile', () => {
  const all = stages();
  const runtime = all.at(-1)!;
  const ops = (stage: Stage, op: string) =>
    stage.instructions.filter((instruction) => instruction.op === op).map((instruction) => instruction.args);

  it('builds in one stage, installs production dependencies only in another, and ships from a slim official Node image', () => {
    expect(all.map((stage) => stage.name)).toEqual(['build', 'deps', 'runtime']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the Dockerfile's own build-argument syntax, as written there
    for (const stage of all) expect(stage.from).toBe('node:${NODE_VERSION}-bookworm-slim');
    expect(dockerfile).toMatch(/^ARG NODE_VERSION=20$/m);
    expect(ops(all[0]!, 'RUN')).toEqual(expect.arrayContaining(['npm ci', 'npm run build']));
    expect(ops(all[1]!, 'RUN')).toContain('npm ci --omit=dev && npm cache clean --force');
    expect(ops(runtime, 'COPY')).toEqual(
      expect.arrayContaining([
        '--from=deps --chown=node:node /app/node_modules ./node_modules',
        '--from=build --chown=node:node /app/dist ./dist',
      ]),
    );
    expect(ops(runtime, 'RUN').join('\n')).not.toMatch(/npm (ci|install)/);
  });

  it('runs node on the compiled entry point as the node user, under tini, in production mode', () => {
    expect(exec(ops(runtime, 'ENTRYPOINT')[0]!)).toEqual(['/usr/bin/tini', '--']);
    expect(ops(runtime, 'RUN').join('\n')).toMatch(/apt-get install -y --no-install-recommends tini/);
    expect(ops(runtime, 'USER')).toEqual(['node']);
    expect(ops(runtime, 'ENV').join(' ')).toMatch(/NODE_ENV=production/);
    expect(ops(runtime, 'WORKDIR')).toEqual(['/app']);
    const [command, flag, entry] = exec(ops(runtime, 'CMD')[0]!);
    expect(command).toBe('node');
    // Regular expressions compiled to machine code at once (README, "Benchmark"), as npm start does.
    expect(flag).toBe('--no-regexp-tier-up');
    // The image's entry point is where the build puts src/main.ts.
    const build = JSON.parse(readFileSync(path.join(root, 'tsconfig.build.json'), 'utf8')) as {
      compilerOptions: { rootDir: string; outDir: string };
    };
    expect(entry).toBe(
      path.posix
        .join(build.compilerOptions.outDir, path.posix.relative(build.compilerOptions.rootDir, 'src/main.ts'))
        .replace(/\.ts$/, '.js'),
    );
    expect(readFileSync(path.join(root, 'package.json'), 'utf8')).toContain(
      `"start": "exec node --enable-source-maps --no-regexp-tier-up ${entry}"`,
    );
  });

  it('copies only files that exist, and everything the build reads', () => {
    for (const stage of all) {
      for (const args of ops(stage, 'COPY').filter((copy) => !copy.includes('--from='))) {
        const parts = args.split(/\s+/).filter((part) => !part.startsWith('--'));
        for (const source of parts.slice(0, -1))
          expect(existsSync(path.join(root, source)), `${stage.name}: COPY ${source}`).toBe(true);
      }
    }
    const buildCopies = ops(all[0]!, 'COPY').join(' ');
    for (const needed of [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'scripts/build.mjs',
      'src',
    ])
      expect(buildCopies).toContain(needed);
    expect(ops(runtime, 'COPY').join(' ')).toContain('policies ./policies');
  });

  it('keeps the SQLite data in a volume the node user owns, and checks /healthz', () => {
    expect(ops(runtime, 'VOLUME')).toEqual(['["/app/data"]']);
    expect(ops(runtime, 'RUN').join('\n')).toContain('mkdir -p /app/data && chown node:node /app/data');
    expect(ops(runtime, 'HEALTHCHECK')[0]).toMatch(/\/healthz/);
  });

  it('its HEALTHCHECK command passes on a healthy server and fails on a degraded or stopped one', async () => {
    const args = exec(/CMD (\[.*\])$/.exec(ops(runtime, 'HEALTHCHECK')[0]!)![1]!);
    expect(args.slice(0, 2)).toEqual(['node', '-e']);
    let status = 'ok';
    const server = await startHttpServer({
      host: '127.0.0.1',
      port: 0,
      routes: [],
      logger: createLogger('silent'),
      health: async () => ({ status }),
    });
    // Run asynchronously: the server answering it lives in this process.
    const check = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, args.slice(1), {
          env: { PATH: process.env.PATH ?? '', PORT: String(server.port) },
          stdio: 'ignore',
          timeout: 10_000,
        });
        child.on('exit', (code) => resolve(code));
      });
    try {
      expect(await check()).toBe(0);
      status = 'degraded';
      expect(await check()).toBe(1);
    } finally {
      await server.stop();
    }
    expect(await check()).toBe(1);
  });

  it('.dockerignore keeps secrets, local data and build output out of the build context', () => {
    const ignored = readFileSync(path.join(root, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    for (const entry of ['.env', '.git', 'node_modules', 'dist', 'data']) expect(ignored).toContain(entry);
  });
});

describe('compose.yaml', () => {
  const compose = parse(readFileSync(path.join(root, 'compose.yaml'), 'utf8')) as {
    services: Record<
      string,
      {
        command?: string[];
        environment?: Record<string, string>;
        volumes?: string[];
        ports?: string[];
        depends_on?: Record<string, unknown>;
        profiles?: string[];
      }
    >;
  };

  it('runs Policy Desk on Redis with append-only persistence, its data in a volume, the port on this computer only', () => {
    const app = compose.services['policy-desk']!;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: compose's own variable syntax, as written there
    expect(app.environment!.STORE_URL).toBe('${STORE_URL:-redis://redis:6379}');
    // The image runs in production mode, which refuses to start without the audit key: compose stops early instead.
    expect(app.environment!.AUDIT_KEY).toMatch(/^\$\{AUDIT_KEY:\?set AUDIT_KEY in \.env first/);
    expect(app.volumes).toContain('policy-desk-data:/app/data');
    expect(app.ports).toEqual(['127.0.0.1:3978:3978']);
    expect(app.depends_on).toHaveProperty('redis');
    const command = compose.services.redis!.command!.join(' ');
    expect(command).toContain('--appendonly yes');
  });

  it('offers PostgreSQL as an alternative profile', () => {
    expect(compose.services.postgres!.profiles).toEqual(['postgres']);
  });
});
