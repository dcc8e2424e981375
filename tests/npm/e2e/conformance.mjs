// Runs @modelcontextprotocol/conformance against tests/mcp/conformance_server (fixtures, auth off),
// or against the real binary for the scenarios that need no fixture tool.
// Usage: node conformance.mjs <server> <package: conformance|conformance-next> [--server-arg=X …] [--scenarios=a,b,c] [suite args…]
//   --server-arg=X   passed to the server before `--port 0` (e.g. --server-arg=--headless --server-arg=--demo --server-arg=--no-auth)
//   --scenarios=…    runs the suite once per scenario against the same server; every run must pass
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [server, pkg, ...rest] = process.argv.slice(2);
const serverArgs = rest.filter((a) => a.startsWith('--server-arg=')).map((a) => a.slice('--server-arg='.length));
const scenarios = rest.filter((a) => a.startsWith('--scenarios=')).flatMap((a) => a.slice('--scenarios='.length).split(','));
const suiteArgs = rest.filter((a) => !a.startsWith('--server-arg=') && !a.startsWith('--scenarios='));
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

async function runAll(url) {
  let failed = 0;
  for (const scenario of scenarios.length ? scenarios : [null]) {
    const code = await runSuite(url, scenario ? ['--scenario', scenario, ...suiteArgs] : suiteArgs);
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
