// Runs @modelcontextprotocol/conformance against tests/mcp/conformance_server (fixtures, auth off).
// Usage: node conformance.mjs <conformance_server> <package: conformance|conformance-next> [suite args…]
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [server, pkg, ...suiteArgs] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const cli = pkg === 'conformance-next'
  ? join(here, '..', 'node_modules', 'conformance-next', 'dist', 'index.js')
  : join(here, '..', 'node_modules', '@modelcontextprotocol', 'conformance', 'dist', 'index.js');
const env = { ...process.env, HOME: mkdtempSync(join(tmpdir(), 'phc-conformance-')) };

const child = spawn(server, ['--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
const timer = setTimeout(() => { console.error('conformance: timed out'); child.kill(); process.exit(1); }, 540000);
let stderr = '';
child.stderr.on('data', (chunk) => {
  stderr += chunk;
  const match = stderr.match(/(http:\/\/127\.0\.0\.1:\d+\/mcp)/);
  if (!match || child.started) return;
  child.started = true;
  const run = spawn(process.execPath, [cli, 'server', '--url', match[1], ...suiteArgs], { env, stdio: 'inherit' });
  run.on('exit', (code) => { clearTimeout(timer); child.kill(); process.exit(code ?? 1); });
});
child.on('exit', (code) => { if (!child.started) { console.error(`fixture server exited ${code}: ${stderr}`); process.exit(1); } });
