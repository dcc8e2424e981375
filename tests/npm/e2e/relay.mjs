// The TypeScript SDK's stdio client launches `posthog-companion --mcp-stdio` while a headless
// instance runs (issue 13): the stdio process relays to it, so the instance answers (its policy, its
// tools), and when the instance is killed the client's request fails instead of hanging.
// Usage: node relay.mjs <path to posthog-companion>
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const [binary] = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'phc-relay-'));
mkdirSync(join(scratch, 'run'), { mode: 0o700 });
const env = { ...process.env, HOME: scratch, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_CACHE_HOME: join(scratch, 'cache'),
              XDG_RUNTIME_DIR: join(scratch, 'run'), QT_QPA_PLATFORM: 'offscreen', DBUS_SESSION_BUS_ADDRESS: 'disabled:' };
delete env.POSTHOG_API_KEY;
const deadline = setTimeout(() => { console.error('relay: timed out'); process.exit(1); }, 120000);

function startInstance() {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['--headless', '--demo', '--events', '20000', '--port', '0'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (/MCP server listening at http:\/\/127\.0\.0\.1:\d+\/mcp/.test(stderr)) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`instance exited ${code}: ${stderr}`)));
  });
}

function textOf(result) {
  return result.content.filter((c) => c.type === 'text').map((c) => c.text).join('\n');
}

async function main() {
  const instance = await startInstance();
  const transport = new StdioClientTransport({ command: binary, args: ['--mcp-stdio'], env, stderr: 'pipe' });
  let relayLog = '';
  transport.stderr.on('data', (chunk) => { relayLog += chunk; });
  const client = new Client({ name: 'e2e-relay', version: '1.0.0' }, { capabilities: { elicitation: {} } });
  await client.connect(transport);
  assert.match(relayLog, new RegExp(`Relaying to the running PostHog Companion \\(pid ${instance.pid}\\)`), relayLog);
  const { tools } = await client.listTools();
  assert.ok(tools.length > 20, `${tools.length} tools`);
  const flags = await client.callTool({ name: 'get_feature_flags', arguments: {} });
  assert.ok(!flags.isError, textOf(flags));
  // The instance's headless policy decides, even though this client declared elicitation.
  const denied = await client.callTool({ name: 'create_dashboard', arguments: { name: 'relay' } });
  assert.ok(denied.isError);
  assert.match(textOf(denied), /runs headless with the policy 'deny'/);

  const closed = new Promise((resolve) => { transport.onclose = resolve; });
  instance.kill('SIGKILL');
  const started = Date.now();
  await Promise.race([closed, new Promise((_, reject) => setTimeout(() => reject(new Error('the relay did not end within 10 s')), 10000))]);
  await assert.rejects(client.callTool({ name: 'get_projects', arguments: {} }));
  assert.match(relayLog, /went away/);
  console.log(`relay: the relay ended ${Date.now() - started} ms after the instance was killed`);
}

main().then(() => { console.log('relay: 1 passed, 0 failed'); clearTimeout(deadline); rmSync(scratch, { recursive: true, force: true }); process.exit(0); },
            (error) => { console.error(`relay: FAILED\n${error.stack || error}`); process.exit(1); });
