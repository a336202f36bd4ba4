/** Runs the CLI in-process (or as a child process) and collects what it prints. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { main } from '../../src/cli/run.js';

export const BIN = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url));

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `newsgraph ARGS…` in this process, with captured output (not a terminal, so no progress bar). */
export async function cli(...args: string[]): Promise<CliResult> {
  const stdout = new Collect();
  const stderr = new Collect();
  const code = await main(args, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** `newsgraph ARGS…` as a child process. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves with the exit code (or signal) of `child`. */
export function exited(child: ChildProcess): Promise<number | NodeJS.Signals> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else if (child.signalCode !== null) resolve(child.signalCode);
    else child.once('exit', (code, signal) => resolve(code ?? signal ?? -1));
  });
}

/** A deterministic pseudo-random generator (mulberry32), so generated corpora are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['札幌', '仙台', '新潟', '金沢', '静岡', '名古屋', '京都', '神戸', '岡山', '広島', '松山', '福岡', '熊本', '那覇'];
const TOPICS = ['新しい橋', '市立図書館', '路面電車', '港の倉庫', '川沿いの公園', '小学校の校舎', '駅前の広場', '山あいの温泉'];
const VERBS = ['完成した', '改修された', '公開された', '再開した', '計画が発表された', '調査が始まった'];

/** An invented local-news article of about `sentences` sentences; different seeds give texts that share little. */
export function syntheticArticle(seed: number, sentences = 12): { title: string; text: string } {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const title = `${pick(PLACES)}で${pick(TOPICS)}が${pick(VERBS)}（第${seed}報）`;
  const body: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const n = Math.floor(r() * 9000) + 100;
    body.push(`${pick(PLACES)}市の担当者によると、${pick(TOPICS)}には${n}人が訪れ、費用は約${Math.floor(r() * 900) + 10}億円に上る見込みで、${pick(VERBS)}。`);
  }
  return { title, text: `${title}\n\n${body.join('')}` };
}
