// Runs @modelcontextprotocol/conformance against tests/mcp/conformance_server (fixtures, auth off),
// or against the real binary for the scenarios that need no fixture tool.
// Usage: node conformance.mjs <server> <package: conformance|conformance-next> [--server-arg=X …] [--scenarios=a,b,c] [suite args…]
//   --server-arg=X   passed to the server before `--port 0` (e.g. --server-arg=--headless --server-arg=--demo --server-arg=--no-auth)
//   --scenarios=…    runs the suite once per scenario against the same server; every run must pass
//   --untestable=id,… check ids that may fail because they need a fixture tool the server does not have
//                    (the suite says "Not testable"); any other failing check still fails the run
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [server, pkg, ...rest] = process.argv.slice(2);
const serverArgs = rest.filter((a) => a.startsWith('--server-arg=')).map((a) => a.slice('--server-arg='.length));
const scenarios = rest.filter((a) => a.startsWith('--scenarios=')).flatMap((a) => a.slice('--scenarios='.length).split(','));
const untestable = rest.filter((a) => a.startsWith('--untestable=')).flatMap((a) => a.slice('--untestable='.length).split(','));
const ours = ['--server-arg=', '--scenarios=', '--untestable='];
const suiteArgs = rest.filter((a) => !ours.some((prefix) => a.startsWith(prefix)));
const here = dirname(fileURLToPath(import.meta.url));
const cli = pkg === 'conformance-next'
  ? join(here, '..', 'node_modules', 'conformance-next', 'dist', 'index.js')
  : join(here, '..', 'node_modules', '@modelcontextprotocol', 'conformance', 'dist', 'index.js');
const scratch = mkdtempSync(join(tmpdir(), 'phc-conformance-'));
// The suite and the server both get a scratch HOME: a real binary never reads the developer's settings.
const env = { ...process.env, HOME: scratch, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_CACHE_HOME: join(scratch, 'cache'),
              XDG_DATA_HOME: join(scratch, 'data'), QT_QPA_PLATFORM: 'offscreen' };
delete env.POSTHOG_API_KEY;

const child = spawn(server, [...serverArgs, '--port', '0'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
const timer = setTimeout(() => { console.error('conformance: timed out'); child.kill(); process.exit(1); }, 540000);

function runSuite(url, args) {
  return new Promise((resolve) => {
    const run = spawn(process.execPath, [cli, 'server', '--url', url, ...args], { env, stdio: 'inherit' });
    run.on('exit', (code) => resolve(code ?? 1));
  });
}

// With --untestable, the verdict is ours: every check the suite wrote must pass, except those listed
// that failed as "Not testable".
function judge(outputDir) {
  const failures = [];
  for (const dir of readdirSync(outputDir)) {
    const file = join(outputDir, dir, 'checks.json');
    if (!existsSync(file)) continue;
    for (const check of JSON.parse(readFileSync(file, 'utf8'))) {
      if (check.status !== 'FAILURE') continue;
      const excused = untestable.includes(check.id) && /Not testable/.test(check.errorMessage ?? '');
      if (!excused) failures.push(`${check.id}: ${check.errorMessage}`);
    }
  }
  for (const failure of failures) console.error(`conformance: failing check ${failure}`);
  return failures.length ? 1 : 0;
}

async function runAll(url) {
  let failed = 0;
  for (const [index, scenario] of (scenarios.length ? scenarios : [null]).entries()) {
    const outputDir = join(scratch, `out-${index}`);
    const args = [...(scenario ? ['--scenario', scenario] : []), ...suiteArgs, ...(untestable.length ? ['-o', outputDir] : [])];
    const exit = await runSuite(url, args);
    const code = untestable.length ? judge(outputDir) : exit;
    if (code !== 0) {
      failed += 1;
      if (scenario) console.error(`conformance: scenario ${scenario} failed (exit ${code})`);
    }
  }
  clearTimeout(timer);
  child.kill();
  process.exit(failed ? 1 : 0);
}

let stderr = '';
child.stderr.on('data', (chunk) => {
  stderr += chunk;
  const match = stderr.match(/(http:\/\/127\.0\.0\.1:\d+\/mcp)/);
  if (!match || child.started) return;
  child.started = true;
  runAll(match[1]);
});
child.on('exit', (code) => { if (!child.started) { console.error(`server exited ${code}: ${stderr}`); process.exit(1); } });
