// End-to-end checks of the real posthog-companion binary with third-party MCP clients:
// the TypeScript SDK client and the Inspector CLI, over HTTP (with the bearer token) and stdio,
// against the offline demo workspace. Usage: node e2e.mjs <scenario> <path to posthog-companion>
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import assert from 'node:assert/strict';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const [scenario, binary] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const inspector = join(here, '..', 'node_modules', '@modelcontextprotocol', 'inspector', 'cli', 'build', 'index.js');
const inspectorBin = join(here, '..', 'node_modules', '.bin', 'mcp-inspector');
const scratch = mkdtempSync(join(tmpdir(), 'phc-e2e-'));
const env = { ...process.env, HOME: scratch, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_CACHE_HOME: join(scratch, 'cache'),
              QT_QPA_PLATFORM: 'offscreen', DBUS_SESSION_BUS_ADDRESS: 'disabled:' }; // never the developer's keychain
delete env.POSTHOG_API_KEY;
const serverArgs = ['--demo', '--events', '20000'];
// Every tool the binary serves with all groups on (tests/tools/tst_toolgroups measures the list's size).
const EXPECTED_TOOLS = 35;
const deadline = setTimeout(() => { console.error(`${scenario}: timed out`); process.exit(1); }, 150000);

function startHttpServer(extraArgs = [], extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['--headless', '--port', '0', ...serverArgs, ...extraArgs], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = stderr.match(/MCP server listening at (http:\/\/127\.0\.0\.1:\d+\/mcp)/);
      // No keychain in this environment: the token is in the 0600 file the binary names.
      const tokenFile = stderr.match(/Bearer token: stored in the file (.+) \(mode 0600/);
      if (match && tokenFile) {
        const token = readFileSync(tokenFile[1], 'utf8').trim();
        resolve({ child, url: match[1], token, stderr: () => stderr });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${stderr}`)));
  });
}

const run = promisify(execFile);
async function inspectorCli(args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [inspectorBin, '--cli', ...args], { env, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

function textOf(result) {
  return result.content.filter((c) => c.type === 'text').map((c) => c.text).join('\n');
}

const readTools = {
  get_organizations: {}, get_projects: {}, get_event_definitions: { limit: 5 }, get_property_definitions: { type: 'person' },
  get_sql_insight: { query: "SELECT event, count() AS n FROM events GROUP BY event ORDER BY n DESC LIMIT 3" },
  get_all_insights: { limit: 3 }, get_insight: { insight_id: 'pV7cQ2mA' }, get_all_dashboards: {}, get_dashboard: { dashboard_id: 1 },
  list_errors: { date_from: '-30d' }, get_llm_costs: {}, get_llm_traces: { limit: 3 }, get_feature_flags: {}, get_feature_flag: { key: 'dark-mode' },
  get_experiments: {}, get_experiment_results: { experiment_id: 1 },
};

async function sdkScenario(transport) {
  const client = new Client({ name: 'e2e-sdk', version: '1.0.0' });
  await client.connect(transport);
  const { tools } = await client.listTools();
  assert.equal(tools.length, EXPECTED_TOOLS);
  for (const [name, args] of Object.entries(readTools)) {
    const result = await client.callTool({ name, arguments: args });
    assert.ok(!result.isError, `${name}: ${textOf(result)}`);
    assert.match(textOf(result), /Hedgebox|Project|organization/i, name);
  }
  // The LLM cost total equals the sum the same data gives through HogQL.
  const costs = textOf(await client.callTool({ name: 'get_llm_costs', arguments: {} }));
  const sum = await client.callTool({ name: 'get_sql_insight', arguments: { query:
    // Test accounts left out, as get_llm_costs does by default (the demo's test_account_filters).
    "SELECT round(sum(toFloat(properties.$ai_total_cost_usd)), 4) AS total FROM events WHERE event = '$ai_generation' AND timestamp >= now() - INTERVAL 30 DAY " +
    "AND coalesce(person.properties.email, '') NOT ILIKE '%@posthog.com%' AND coalesce(properties.$host, '') NOT LIKE 'localhost%' " +
    "AND coalesce(properties.$host, '') NOT LIKE '127.0.0.1%'" } });
  const total = sum.structuredContent.rows[0][0];
  assert.ok(costs.includes(`$${total.toFixed(4)}`), `costs ${costs.slice(0, 200)} vs ${total}`);
  const bad = await client.callTool({ name: 'get_sql_insight', arguments: { query: 'SELECT nope FROM events' } });
  assert.ok(bad.isError);
  assert.match(textOf(bad), /Unknown column 'nope'/);
  const invalid = await client.callTool({ name: 'get_sql_insight', arguments: {} });
  assert.ok(invalid.isError);
  assert.match(textOf(invalid), /Give `query`/);
  // Saved insights as resources, and the analysis prompts.
  const { resources } = await client.listResources();
  assert.equal(resources.length, 8); // one per saved demo insight
  const insight = await client.readResource({ uri: 'posthog://insights/pV7cQ2mA' });
  assert.match(insight.contents[0].text, /Page views by country/);
  await assert.rejects(client.readResource({ uri: 'posthog://insights/nope0000' }));
  const { prompts } = await client.listPrompts();
  assert.deepEqual(prompts.map((p) => p.name), ['analyze_errors', 'llm_cost_review', 'weekly_product_review']);
  const prompt = await client.getPrompt({ name: 'llm_cost_review', arguments: { days: '30' } });
  assert.match(prompt.messages[0].content.text, /last 30 days/);
  const denied = await client.callTool({ name: 'delete_insight', arguments: { insight_id: 1 } });
  assert.ok(denied.isError);
  assert.match(textOf(denied), /Denied/);
  await client.close();
}

// A scripted PostHog on loopback that fails in every way PostHog (or the network) can.
async function startFaultLab() {
  const http = await import('node:http');
  const lab = { mode: 'ok', hits: {} };
  const fake = http.createServer((req, res) => {
    const path = req.url.split('?')[0];
    lab.hits[path] = (lab.hits[path] || 0) + 1;
    const json = (status, body, headers = {}) => { res.writeHead(status, { 'Content-Type': 'application/json', ...headers }); res.end(JSON.stringify(body)); };
    if (path === '/api/projects/1/') return json(200, { id: 1, name: 'Fault Lab', organization: 'org-1', timezone: 'UTC' });
    // As posthog/api/personal_api_key.py answers for a key with every scope.
    if (path === '/api/personal_api_keys/@current' || path === '/api/personal_api_keys/@current/')
      return json(200, { id: 'k1', label: 'fault test', scopes: ['*'], scoped_teams: [], scoped_organizations: [] });
    switch (lab.mode) {
    case '401': return json(401, { type: 'authentication_error', code: 'invalid_personal_api_key', detail: 'Invalid personal API key.' });
    case '403': return json(403, { type: 'authentication_error', code: 'permission_denied', detail: "API key missing required scope 'insight:read'" });
    case '404': return json(404, { type: 'invalid_request', code: 'not_found', detail: 'Not found.' });
    case '429': return json(429, { type: 'throttled_error', code: 'throttled', detail: 'Request was throttled. Expected available in 1 second.' }, { 'Retry-After': '1' });
    case '500': return json(500, { detail: 'Internal server error' });
    case '503': res.writeHead(503, { 'Content-Type': 'text/html' }); return res.end('<html>down</html>');
    case 'slow': return setTimeout(() => json(200, { count: 0, results: [] }), 5000);
    case 'reset': return req.socket.destroy();
    case 'truncated': res.writeHead(200, { 'Content-Type': 'application/json' }); return res.end('{"count": 3, "results": [{"id": 1, "na');
    case 'wrong-type': return json(200, { count: 1, next: null, results: [{ id: 1, name: ['not', 'text'] }] });
    default: return json(200, { count: 1, next: null, results: [{ id: 1, short_id: 'abcd1234', name: 'Fine', last_modified_at: '2026-11-20T10:00:00Z' }] });
    }
  });
  await new Promise((resolve) => fake.listen(0, '127.0.0.1', resolve));
  lab.base = `http://127.0.0.1:${fake.address().port}`;
  lab.close = () => fake.close();
  return lab;
}

const faultKey = 'phx_fault_test_key_0123456789';
const faultModes = ['ok', '401', '403', '404', '429', '500', '503', 'slow', 'reset', 'truncated', 'wrong-type'];

function faultLabEnv(lab) {
  return { ...env, POSTHOG_API_KEY: faultKey, POSTHOG_API_BASE_URL: lab.base, POSTHOG_PROJECT_ID: '1', POSTHOG_COMPANION_DEADLINE_MS: '2500' };
}

// The real binary talks to the fault lab and a real MCP client checks each failure arrives as a
// specific message.
async function faultsScenario() {
  const lab = await startFaultLab();
  Object.assign(env, faultLabEnv(lab));
  const client = new Client({ name: 'e2e-faults', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: binary, args: ['--mcp-stdio'], env, stderr: 'ignore' }));
  const expectations = [
    ['ok', false, /Fine/],
    ['401', true, /Invalid API key.*Connection page.*\(unauthorized\)/s],
    // No promise about presets: the exact scope PostHog's detail quotes, and where to add it.
    ['403', true, /lacks the scope 'insight:read'.*Settings > Personal API keys.*\(forbidden\)/s],
    ['404', true, /not found.*\(not_found\)/s],
    ['429', true, /Rate limited by PostHog: retry after \d+ s/],
    ['500', true, /PostHog is having trouble \(HTTP 500\)/],
    ['503', true, /HTTP 503/],
    ['slow', true, /did not answer within 2 s.*\(timeout\)/s],
    ['reset', true, /connection to PostHog at 127\.0\.0\.1 was reset.*\(network\)/s],
    ['truncated', true, /not valid JSON.*\(malformed_response\)/s],
    ['wrong-type', true, /should be a string.*\(malformed_response\)/s],
  ];
  for (const [faultMode, isError, pattern] of expectations) {
    lab.mode = faultMode;
    const result = await client.callTool({ name: 'get_all_insights', arguments: {} });
    const text = textOf(result);
    assert.equal(Boolean(result.isError), isError, `${faultMode}: ${text}`);
    assert.match(text, pattern, `${faultMode}: ${text}`);
    assert.ok(!text.includes('phx_fault_test_key'), `${faultMode} leaked the key`);
  }
  // Writes are not retried blindly on 5xx; throttling (answered before the view runs) is.
  lab.mode = '500';
  const before = lab.hits['/api/projects/1/insights/'] || 0;
  await client.callTool({ name: 'get_all_insights', arguments: {} });
  assert.equal(lab.hits['/api/projects/1/insights/'] - before, 1, '500 on a GET is not a transient error: one try');
  // The server survived all of it.
  assert.equal((await client.listTools()).tools.length, EXPECTED_TOOLS);
  await client.close();
  lab.close();
}

// Every error path with every phc.* category at debug level: the log says what happened and never
// carries the PostHog key or the MCP bearer token.
async function loggingScenario() {
  const lab = await startFaultLab();
  const logEnv = { ...faultLabEnv(lab), QT_LOGGING_RULES: 'phc.*=true' };
  let stdioLog = '';
  const transport = new StdioClientTransport({ command: binary, args: ['--mcp-stdio', '--verbose'], env: logEnv, stderr: 'pipe' });
  transport.stderr.on('data', (chunk) => { stdioLog += chunk; });
  const client = new Client({ name: 'e2e-logging', version: '1.0.0' });
  await client.connect(transport);
  for (const mode of faultModes) {
    lab.mode = mode;
    await client.callTool({ name: 'get_all_insights', arguments: {} });
  }
  lab.mode = 'ok';
  await client.callTool({ name: 'get_insight', arguments: { insight_id: 'nope' } });
  await client.callTool({ name: 'delete_insight', arguments: { insight_id: 1 } }); // denied headless
  await client.callTool({ name: 'get_sql_insight', arguments: {} }); // invalid arguments
  await client.close();
  lab.close();

  // The HTTP server's refusals: no token, a wrong token, a foreign Host and Origin, bad bodies.
  const server = await startHttpServer(['--verbose'], { QT_LOGGING_RULES: 'phc.*=true' });
  const http = await import('node:http');
  // node:http, not fetch: fetch will not send a foreign Host header.
  const post = (headers, body) => new Promise((resolve) => {
    const req = http.request(server.url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...headers } },
      (res) => { res.resume(); res.on('end', () => resolve({ status: res.statusCode })); });
    req.on('error', () => resolve({ status: 'closed' }));
    req.end(body);
  });
  const auth = { Authorization: `Bearer ${server.token}` };
  const list = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
  const statuses = [
    (await post({}, list)).status,
    (await post({ Authorization: 'Bearer 00000000000000000000000000000000' }, list)).status,
    (await post({ ...auth, Host: 'evil.example' }, list)).status,
    (await post({ ...auth, Origin: 'https://evil.example' }, list)).status,
    (await post(auth, '{not json')).status,
    (await post(auth, 'x'.repeat(5 * 1024 * 1024))).status,
    (await post(auth, JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'get_sql_insight', arguments: { query: 'SELECT nope FROM events' } } }))).status,
  ];
  assert.deepEqual(statuses.slice(0, 4), [401, 401, 403, 403], `statuses ${statuses}`);
  await new Promise((r) => setTimeout(r, 300));
  server.child.kill();
  const httpLog = server.stderr();

  for (const [name, log] of [['stdio', stdioLog], ['http', httpLog]]) {
    assert.ok(!log.includes(faultKey) && !log.includes('fault_test_key'), `${name} log leaked the PostHog key`);
    assert.ok(!log.includes(server.token), `${name} log leaked the MCP token`);
    assert.ok(!/Bearer [0-9a-f]{16}/.test(log), `${name} log carries a bearer token`);
    assert.ok(!log.includes('phx_demo_workspace'), `${name} log carries the demo key`);
  }
  // Logging really was on: each module said something.
  for (const category of ['phc.posthog', 'phc.mcp', 'phc.tools']) assert.match(stdioLog, new RegExp(category), `stdio log has no ${category} line`);
  for (const category of ['phc.http', 'phc.mcp', 'phc.demo']) assert.match(httpLog, new RegExp(category), `http log has no ${category} line`);
  console.log(`logging: stdio ${stdioLog.split('\n').length} lines, http ${httpLog.split('\n').length} lines, no secret in either`);
}

// 50 concurrent clients on loopback (8 s; 60 s with PHC_LONG_TESTS=1): no errors, no RSS growth
// trend, and a clean exit on SIGTERM afterwards.
async function loadScenario() {
  const seconds = process.env.PHC_LONG_TESTS === '1' ? 60 : 8;
  const server = await startHttpServer();
  const loadClient = join(here, '..', '..', '..', 'bench', 'loadclient.mjs');
  const rss = () => Number(readFileSync(`/proc/${server.child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024;
  await new Promise((r) => setTimeout(r, 1500)); // let the demo data finish loading
  const samples = [];
  const sampler = setInterval(() => samples.push(rss()), 500);
  const runLoad = (args) => new Promise((resolve, reject) => execFile(process.execPath, [loadClient, 'http', server.url, '--token', server.token,
      '--concurrency', '25', '--seconds', String(seconds), ...args], { env }, (error, stdout) => error ? reject(error) : resolve(JSON.parse(stdout.trim()))));
  const [list, calls] = await Promise.all([runLoad(['--method', 'tools/list']),
                                           runLoad(['--method', 'tools/call', '--tool', 'get_feature_flags', '--args', '{"limit":5}'])]);
  clearInterval(sampler);
  console.log(`load: tools/list ${list.rps} req/s p99 ${list.p99} ms; get_feature_flags ${calls.rps} req/s p99 ${calls.p99} ms; ` +
              `RSS ${samples[0].toFixed(1)} → ${samples[samples.length - 1].toFixed(1)} MB`);
  assert.equal(list.errors, 0);
  assert.equal(calls.errors, 0);
  assert.ok(list.requests > 100 && calls.requests > 100);
  const third = Math.max(1, Math.floor(samples.length / 3));
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const early = mean(samples.slice(third, 2 * third)), late = mean(samples.slice(-third));
  assert.ok(late < early * 1.25 + 4, `RSS grows: ${early.toFixed(1)} MB then ${late.toFixed(1)} MB`);
  const exited = new Promise((resolve) => server.child.on('exit', (code, signal) => resolve({ code, signal })));
  server.child.kill('SIGTERM');
  const result = await Promise.race([exited, new Promise((r) => setTimeout(() => r({ code: 'hang' }), 5000))]);
  assert.equal(result.code, 0, `shutdown: ${JSON.stringify(result)}`);
}

// --tools: only the named groups (plus the account, schema and search tools); a group name that
// does not exist stops the binary with the list of groups.
async function toolGroupsScenario() {
  const server = await startHttpServer(['--tools', 'errors,llm']);
  try {
    const client = new Client({ name: 'e2e-groups', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(server.url), { requestInit: { headers: { Authorization: `Bearer ${server.token}` } } }));
    const names = (await client.listTools()).tools.map((t) => t.name);
    for (const name of ['list_errors', 'get_error_details', 'get_llm_costs', 'get_projects', 'get_event_definitions'])
      assert.ok(names.includes(name), `${name} missing from ${names}`);
    for (const name of ['get_sql_insight', 'get_all_dashboards', 'get_feature_flags', 'create_insight'])
      assert.ok(!names.includes(name), `${name} served despite --tools errors,llm`);
    assert.ok(names.length < EXPECTED_TOOLS);
    const refused = await client.callTool({ name: 'get_sql_insight', arguments: { query: 'SELECT 1' } });
    assert.ok(refused.isError);
    assert.match(textOf(refused), /tool group 'analytics', which is switched off/);
    const errors = await client.callTool({ name: 'list_errors', arguments: {} });
    assert.ok(!errors.isError, textOf(errors));
    await client.close();
  } finally { server.child.kill(); }
  const bogus = await new Promise((resolve) => {
    const child = spawn(binary, ['--headless', '--port', '0', ...serverArgs, '--tools', 'errors,nonsense'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('exit', (code) => resolve({ code, stderr }));
  });
  assert.equal(bogus.code, 2, bogus.stderr);
  assert.match(bogus.stderr, /no tool group 'nonsense'\. The groups are: analytics, dashboards, errors, llm, flags, experiments/);
}

async function main() {
  switch (scenario) {
  case 'sdk-http': {
    const server = await startHttpServer();
    try {
      await sdkScenario(new StreamableHTTPClientTransport(new URL(server.url), { requestInit: { headers: { Authorization: `Bearer ${server.token}` } } }));
      const anonymous = new Client({ name: 'no-token', version: '1' });
      await assert.rejects(anonymous.connect(new StreamableHTTPClientTransport(new URL(server.url))));
    } finally { server.child.kill(); }
    break;
  }
  case 'sdk-stdio':
    await sdkScenario(new StdioClientTransport({ command: binary, args: ['--mcp-stdio', ...serverArgs], env, stderr: 'ignore' }));
    break;
  case 'inspector-http': {
    const server = await startHttpServer();
    try {
      const auth = ['--header', `Authorization: Bearer ${server.token}`];
      for (const era of ['legacy', 'auto', 'modern']) {
        const list = await inspectorCli([server.url, ...auth, '--protocol-era', era, '--method', 'tools/list', '--format', 'json']);
        assert.equal(list.code, 0, `${era}: ${list.stderr}`);
        assert.equal(JSON.parse(list.stdout).result.tools.length, EXPECTED_TOOLS, era);
      }
      const strict = await inspectorCli([server.url, ...auth, '--method', 'tools/list', '--strict']);
      assert.equal(strict.code, 0, `--strict found schema problems: ${strict.stderr}`);
      for (const [name, args] of Object.entries(readTools)) {
        const call = await inspectorCli([server.url, ...auth, '--method', 'tools/call', '--tool-name', name, '--tool-args-json', JSON.stringify(args), '--format', 'json']);
        assert.equal(call.code, 0, `${name}: ${call.stderr}`);
      }
      const noToken = await inspectorCli([server.url, '--method', 'tools/list', '--format', 'json']);
      assert.notEqual(noToken.code, 0);
    } finally { server.child.kill(); }
    break;
  }
  case 'inspector-stdio': {
    const list = await inspectorCli(['--transport', 'stdio', binary, '--mcp-stdio', ...serverArgs, '--method', 'tools/list', '--format', 'json']);
    assert.equal(list.code, 0, list.stderr);
    assert.equal(JSON.parse(list.stdout).result.tools.length, EXPECTED_TOOLS);
    const call = await inspectorCli(['--transport', 'stdio', binary, '--mcp-stdio', ...serverArgs, '--method', 'tools/call', '--tool-name', 'get_llm_costs', '--format', 'json']);
    assert.equal(call.code, 0, call.stderr);
    assert.match(JSON.stringify(JSON.parse(call.stdout).result), /Total: \$/);
    break;
  }
  case 'faults':
    await faultsScenario();
    break;
  case 'load':
    await loadScenario();
    break;
  case 'logging':
    await loggingScenario();
    break;
  case 'tool-groups':
    await toolGroupsScenario();
    break;
  default:
    throw new Error(`unknown scenario ${scenario}`);
  }
}

main().then(() => { console.log(`${scenario}: 1 passed, 0 failed`); clearTimeout(deadline); rmSync(scratch, { recursive: true, force: true }); process.exit(0); },
            (error) => { console.error(`${scenario}: FAILED\n${error.stack || error}`); process.exit(1); });
