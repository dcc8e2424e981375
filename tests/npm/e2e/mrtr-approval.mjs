// A 2026-07-28 client (the SDK v2 client, @modelcontextprotocol/client) approves writes on a
// headless server whose approval policy is "elicit": the server answers input_required with an
// elicitation/create request and a sealed requestState (SEP-2322), the client asks its "user" and
// retries, and the write happens exactly once, checked against the demo PostHog API itself.
// A tampered or replayed requestState is refused and writes nothing.
// Usage: node mrtr-approval.mjs <path to posthog-companion>
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';

const [binary] = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'phc-mrtr-'));
const env = { ...process.env, HOME: scratch, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_CACHE_HOME: join(scratch, 'cache'),
              XDG_DATA_HOME: join(scratch, 'data'), XDG_RUNTIME_DIR: join(scratch, 'run'), QT_QPA_PLATFORM: 'offscreen',
              DBUS_SESSION_BUS_ADDRESS: 'disabled:' }; // never the developer's keychain
delete env.POSTHOG_API_KEY;
const children = [];
const deadline = setTimeout(() => { console.error('mrtr-approval: timed out'); finish(1); }, 170000);

function finish(code) {
  clearTimeout(deadline);
  for (const child of children) child.kill();
  process.exit(code);
}

// Starts the binary and resolves with the first match of `pattern` on its stderr.
function start(args, extraEnv, pattern) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = stderr.match(pattern);
      if (match && !child.matched) { child.matched = true; resolve(match); }
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`)));
  });
}

// The demo PostHog API, read directly: what the write did there, not what the tool said it did.
async function demoGet(demo, path) {
  const response = await fetch(`${demo.baseUrl}${path}`, { headers: { Authorization: `Bearer ${demo.apiKey}` } });
  assert.equal(response.status, 200, `GET ${path}: ${response.status}`);
  return response.json();
}

async function dashboardsNamed(demo, projectId, name) {
  const page = await demoGet(demo, `/api/projects/${projectId}/dashboards/?limit=500`);
  return page.results.filter((d) => d.name === name && !d.deleted);
}

const [, demoUrl, demoKey] = await start(['--demo-backend', '--port', '0'], {},
  /Demo PostHog API listening at (http:\/\/127\.0\.0\.1:\d+)\/api\/ \(personal API key: (\S+)\)/);
const demo = { baseUrl: demoUrl, apiKey: demoKey };
const projects = await demoGet(demo, '/api/projects/');
const projectId = projects.results[0].id;

// The headless policy "elicit" (Settings: approval/headless), written before the server starts.
mkdirSync(join(env.XDG_CONFIG_HOME, 'PostHog'), { recursive: true });
const confPath = join(env.XDG_CONFIG_HOME, 'PostHog', 'PostHog Companion.conf');
writeFileSync(confPath, '[approval]\nheadless=elicit\n');
// No keychain here: the token is in the 0600 file the binary names once it listens.
const [, url, tokenFile] = await start(['--headless', '--port', '0'], { POSTHOG_API_BASE_URL: demo.baseUrl, POSTHOG_API_KEY: demo.apiKey },
  /MCP server listening at (http:\/\/127\.0\.0\.1:\d+\/mcp)[\s\S]*Bearer token: stored in the file (.+) \(mode 0600/);
const token = readFileSync(tokenFile, 'utf8').trim();
const headers = { Authorization: `Bearer ${token}` };

// The SDK v2 client pinned to the stateless revision, answering elicitations as its user would.
const asked = [];
let decision = 'allow';
const client = new Client({ name: 'e2e-mrtr', version: '1.0.0' },
  { capabilities: { elicitation: {} }, versionNegotiation: { mode: { pin: '2026-07-28' } } });
client.setRequestHandler('elicitation/create', async (request) => {
  asked.push(request.params.message);
  return { action: 'accept', content: { decision } };
});
await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));

// 1. A low-stake write (create_dashboard): asked once, written once.
const name = `MRTR approval ${Date.now()}`;
const created = await client.callTool({ name: 'create_dashboard', arguments: { name } });
assert.ok(!created.isError, JSON.stringify(created));
assert.equal(asked.length, 1, `the user was asked ${asked.length} times`);
assert.match(asked[0], /create_dashboard/);
const afterCreate = await dashboardsNamed(demo, projectId, name);
assert.equal(afterCreate.length, 1, `expected exactly one dashboard named ${name}, found ${afterCreate.length}`);
const dashboardId = afterCreate[0].id;

// 2. A medium-stake write (delete_dashboard), declined: nothing happens.
decision = 'deny';
const declined = await client.callTool({ name: 'delete_dashboard', arguments: { dashboard_id: dashboardId } });
assert.ok(declined.isError, 'a declined approval must not run the tool');
assert.match(declined.content[0].text, /declined/);
assert.equal((await dashboardsNamed(demo, projectId, name)).length, 1, 'the declined delete deleted the dashboard');

// 3. The same write by hand on the wire: round 1 asks, a tampered requestState is refused, a
//    replayed one is refused after its single use, and only the genuine retry deletes.
async function post(id, params) {
  const body = { jsonrpc: '2.0', id, method: 'tools/call', params: { ...params, _meta: {
    'io.modelcontextprotocol/protocolVersion': '2026-07-28', 'io.modelcontextprotocol/clientCapabilities': { elicitation: {} },
    'io.modelcontextprotocol/clientInfo': { name: 'e2e-mrtr', version: '1.0.0' } } } };
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(body), headers: { ...headers,
    'Content-Type': 'application/json', Accept: 'application/json', 'MCP-Protocol-Version': '2026-07-28',
    'Mcp-Method': 'tools/call', 'Mcp-Name': params.name } });
  return response.json();
}
const call = { name: 'delete_dashboard', arguments: { dashboard_id: dashboardId } };
const round1 = await post(101, call);
assert.equal(round1.result.resultType, 'input_required', JSON.stringify(round1));
assert.equal(round1.result.inputRequests.approval.method, 'elicitation/create');
assert.equal(typeof round1.result.requestState, 'string');
const allow = { approval: { action: 'accept', content: { decision: 'allow' } } };
const tampered = round1.result.requestState.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
const refused = await post(102, { ...call, inputResponses: allow, requestState: tampered });
assert.equal(refused.error?.code, -32602, JSON.stringify(refused));
assert.match(refused.error.message, /integrity/);
const forged = await post(103, { ...call, inputResponses: allow });
assert.equal(forged.result?.resultType, 'input_required', `answers without the sealed state must not approve: ${JSON.stringify(forged)}`);
assert.equal((await dashboardsNamed(demo, projectId, name)).length, 1, 'a refused retry deleted the dashboard');
const approved = await post(104, { ...call, inputResponses: allow, requestState: round1.result.requestState });
assert.equal(approved.result?.resultType, 'complete', JSON.stringify(approved));
assert.ok(!approved.result.isError, JSON.stringify(approved));
assert.equal((await dashboardsNamed(demo, projectId, name)).length, 0, 'the approved delete did not delete the dashboard');
const replayed = await post(105, { ...call, inputResponses: allow, requestState: round1.result.requestState });
assert.equal(replayed.error?.code, -32602, `a replayed requestState must be refused: ${JSON.stringify(replayed)}`);
assert.match(replayed.error.message, /already used/);

await client.close();
console.log(`mrtr-approval: ok (${asked.length} elicitations answered; tampered and replayed requestState refused)`);
finish(0);
