/** The kill-and-resume check of the robustness issue: 20 rounds in a row of 10,000 records, SIGKILL and SIGINT alternating. */
import { killAndResume } from '../test/kill-resume.ts';

const rounds = Number(process.argv[2] ?? 20);
const records = Number(process.argv[3] ?? 10_000);
let failures = 0;
for (let i = 1; i <= rounds; i += 1) {
  const result = await killAndResume(records, i % 2 === 0 ? 'SIGINT' : 'SIGKILL', i);
  if (!result.ok) failures += 1;
  process.stdout.write(`round ${i}: ${result.signal} after ${result.killedAfterBytes} bytes (${result.linesAfterKill ?? '?'} lines): ${result.ok ? 'ok' : `FAILED: ${result.problem}`}\n`);
}
process.stdout.write(`${rounds - failures} passed, ${failures} failed\n`);
process.exitCode = failures === 0 ? 0 : 1;
