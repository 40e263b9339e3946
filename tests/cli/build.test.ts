/**
 * The compiled build as a user runs it: `npm run build` in a copy of the checkout, then the
 * `docketwatch` binary. It runs dist/ while dist/ is current, and the sources (never the stale
 * build) once a source changed after the build.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePacer } from '../../scrapers/pacer/index.ts';
import { distIsCurrent, PARSE_BUNDLE } from '../../scripts/dist.js';
import { buildProgram } from '../../src/cli/main.ts';
import { projectRoot } from '../support/shared.ts';

const exec = promisify(execFile);
const FIXTURES = join(projectRoot, 'scrapers/pacer/fixtures');
const FIXTURE = join(FIXTURES, 'district-mied-civil.html');

describe('the build in dist/', () => {
  let root: string;
  const cli = (...args: string[]) =>
    exec(process.execPath, [join(root, 'bin/docketwatch.js'), ...args], { cwd: root });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'docketwatch-build-'));
    for (const path of ['bin', 'scripts', 'src', 'scrapers', 'schedules', 'db']) {
      cpSync(join(projectRoot, path), join(root, path), {
        recursive: true,
        filter: (from) => !/[/\\]fixtures([/\\]|$)/.test(from.slice(projectRoot.length)),
      });
    }
    for (const file of ['package.json', 'tsconfig.json', 'tsconfig.build.json'])
      cpSync(join(projectRoot, file), join(root, file));
    symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
    await exec('npm', ['run', 'build'], { cwd: root });
  }, 180_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is current after the build, and prints the same top-level help as the sources', async () => {
    expect(distIsCurrent(root)).toBe(true);
    const program = await buildProgram();
    program.configureOutput({ getOutHelpWidth: () => 80 });
    expect((await cli('--help')).stdout).toBe(program.helpInformation());
    const bare = await cli().catch((err: { code: number; stderr: string }) => err);
    expect(bare).toMatchObject({ code: 1, stderr: program.helpInformation() });
  });

  it('knows its version', async () => {
    const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect((await cli('--version')).stdout.trim()).toBe(version);
  });

  it('parses as the sources do', async () => {
    const { stdout } = await cli('parse', FIXTURE);
    expect(JSON.parse(stdout)).toEqual(
      JSON.parse(JSON.stringify({ file: FIXTURE, ...parsePacer(readFileSync(FIXTURE), { kind: 'auto' }) })),
    );
  });

  it('parses from its one-script bundle, with a code cache V8 accepts, on one thread or two', async () => {
    const bundle = join(root, 'dist', PARSE_BUNDLE);
    const check = `const { Script } = require('node:vm'); const { readFileSync } = require('node:fs');
      const source = readFileSync(${JSON.stringify(bundle)}, 'utf8');
      const script = new Script('(function (exports, require, module, __filename, __dirname) {' + source + '\\n})',
        { filename: ${JSON.stringify(bundle)}, cachedData: readFileSync(${JSON.stringify(`${bundle}.code-cache`)}) });
      process.stdout.write(String(script.cachedDataRejected));`;
    expect((await exec(process.execPath, ['-e', check])).stdout).toBe('false');
    // The build checked the fast tokenizer against the htmlparser2 it bundles, so the bundle does
    // not check it again at each start (the define left no trace of the flag).
    expect(readFileSync(bundle, 'utf8')).not.toContain('DOCKETWATCH_BUNDLED_TOKENIZER_CHECKED');
    const files = readdirSync(FIXTURES).map((name) => join(FIXTURES, name));
    const expected = files.map((file) =>
      JSON.stringify({ file, ...parsePacer(readFileSync(file), { kind: 'auto' }) }),
    );
    for (const threads of ['0', '1']) {
      const { stdout } = await exec(process.execPath, [join(root, 'bin/docketwatch.js'), 'parse', ...files], {
        cwd: root,
        env: { ...process.env, DOCKETWATCH_PARSE_THREADS: threads },
      });
      expect(stdout.trimEnd().split('\n')).toEqual(expected);
    }
  });

  it('runs the changed sources, not the stale build, once a source changed', async () => {
    const parse = join(root, 'src/cli/commands/parse.ts');
    writeFileSync(
      parse,
      readFileSync(parse, 'utf8').replace('Parse CM/ECF pages', 'Parse (changed) CM/ECF pages'),
    );
    const later = new Date(Date.now() + 2000);
    utimesSync(parse, later, later);
    expect(distIsCurrent(root)).toBe(false);
    expect((await cli('parse', '--help')).stdout).toContain('Parse (changed) CM/ECF pages');
    expect((await cli('--help')).stdout).toContain('Parse (changed) CM/ECF pages');
  });
});
