import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');
const WORKER_SCRIPT = join(import.meta.dirname, 'worker-process.ts');

export interface WorkerProcess {
  readonly child: ChildProcess;
  /** Resolves when the pipeline is loaded and the worker takes jobs. */
  readonly ready: Promise<void>;
  /** Ids of the jobs this process started (`run <id>` lines). */
  readonly started: string[];
  /** Called on each job start. */
  onRun: ((id: string) => void) | undefined;
  readonly exited: Promise<number | null>;
  stderr: string;
}

/** Spawns test/worker-process.ts as a child process with the given FAITS_* settings. */
export function spawnWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['--conditions=@faits/source', '--import', 'tsx', WORKER_SCRIPT], {
    cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const handle: WorkerProcess = {
    child, started: [], onRun: undefined, stderr: '',
    ready: new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready:\n${handle.stderr}`)));
      createInterface({ input: child.stdout as NonNullable<typeof child.stdout> }).on('line', (line) => {
        if (line === 'ready') resolve();
        else if (line.startsWith('run ')) {
          const id = line.slice(4);
          handle.started.push(id);
          handle.onRun?.(id);
        }
      });
    }),
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  };
  handle.ready.catch(() => {});
  child.stderr?.on('data', (chunk: Buffer) => {
    handle.stderr = (handle.stderr + chunk.toString('utf8')).slice(-4000);
  });
  return handle;
}

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORGS = ['Renault', 'Siemens', 'Airbus', 'Danone', 'Nokia', 'Vinci', 'Orange', 'Sanofi'];
const CITIES_FR = ['Lyon', 'Toulouse', 'Lille', 'Nantes', 'Bordeaux'];
const CITIES_EN = ['Boston', 'Leeds', 'Denver', 'Dublin', 'Austin'];

export interface Article {
  readonly id: string;
  readonly text: string;
  readonly published: string;
  /** What a reader finds in the text: the date stated and the number of jobs. */
  readonly expected: { readonly lang: 'fr' | 'en'; readonly date: string; readonly jobs: number; readonly jobsText: string };
}

/** Article i: a short real sentence in French (even i) or English (odd i), its date and numbers varying with i. */
export function article(i: number): Article {
  const day = 1 + (i % 28);
  const month = (i * 7) % 12;
  const year = 2015 + (i % 10);
  const jobs = 100 + ((i * 37) % 9900);
  const org = ORGS[i % ORGS.length] as string;
  const iso = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const published = `${year}-12-31`;
  if (i % 2 === 0) {
    const jobsText = jobs >= 1000 ? `${Math.floor(jobs / 1000)}\u202f${String(jobs % 1000).padStart(3, '0')}` : String(jobs);
    const text = `Le ${day} ${FR_MONTHS[month]} ${year}, ${org} a annoncé ${jobsText} nouveaux emplois à ${CITIES_FR[i % 5]}.`;
    return { id: `fr-${i}`, text, published, expected: { lang: 'fr', date: iso, jobs, jobsText } };
  }
  const jobsText = jobs.toLocaleString('en-US');
  const text = `On ${EN_MONTHS[month]} ${day}, ${year}, ${org} announced ${jobsText} new jobs in ${CITIES_EN[i % 5]}.`;
  return { id: `en:${i}`, text, published, expected: { lang: 'en', date: iso, jobs, jobsText } };
}
