// Orchestrates bench/run: starts each server on loopback, drives it with loadclient.mjs, prints a
// table with ratios against server-everything measured in the same run, writes bench/results/.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const seconds = process.argv.includes('--seconds') ? process.argv[process.argv.indexOf('--seconds') + 1] : '5';
const ours = join(root, 'build/bench/bin/posthog-companion');
const fixtures = join(root, 'build/bench/tests/mcp/conformance_server');
const everything = join(root, 'tests/npm/node_modules/@modelcontextprotocol/server-everything/dist/index.js');
const scratch = mkdtempSync(join(tmpdir(), 'phc-bench-'));
const env = { ...process.env, HOME: scratch, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_CACHE_HOME: join(scratch, 'cache'), QT_QPA_PLATFORM: 'offscreen' };
delete env.POSTHOG_API_KEY;
const children = [];
process.on('exit', () => children.forEach((c) => c.kill()));

function start(command, args, pattern, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(child);
    let text = '';
    child.stderr.on('data', (c) => {
      text += c;
      const m = text.match(pattern);
      if (m) resolve({ child, url: m[1], readyMs: performance.now() - t0 });
    });
    child.on('exit', (code) => reject(new Error(`${command} exited ${code}: ${text}`)));
  });
}

function load(args) {
  const out = execFileSync(node, [join(root, 'bench/loadclient.mjs'), ...args, '--seconds', seconds], { env, encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop());
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number((Number(status.match(/VmRSS:\s+(\d+)/)[1]) / 1024).toFixed(1));
}

// First start of the demo workspace: a fresh cache directory (cold: the 200 000 events are
// generated) and the same directory again (warm: the cache is reused), each timed until the
// backend listens and has answered one HogQL query, the moment a user could use it.
async function demoStart(cacheDir) {
  const t0 = performance.now();
  const backend = await start(ours, ['--demo-backend', '--port', '0'], /at (http:\/\/127\.0\.0\.1:\d+)\/api/, { XDG_CACHE_HOME: cacheDir, XDG_DATA_HOME: cacheDir });
  const answer = await fetch(`${backend.url}/api/environments/1/query/`, {
    method: 'POST', headers: { Authorization: 'Bearer phx_demo_workspace_offline_key', 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: { kind: 'HogQLQuery', query: 'SELECT count() FROM events' } }) });
  const body = await answer.json();
  const usableMs = performance.now() - t0;
  backend.child.kill();
  await new Promise((r) => backend.child.once('exit', r));
  if (!answer.ok) throw new Error(`demo backend first query failed: ${JSON.stringify(body)}`);
  return { listeningMs: backend.readyMs, usableMs, events: body.results[0][0] };
}
const firstStartDir = join(scratch, 'first-start');
const coldStart = await demoStart(firstStartDir);
const warmStart = await demoStart(firstStartDir);

const port = 20000 + Math.floor(Math.random() * 20000);
const servers = {
  fixtures: await start(fixtures, ['--port', '0'], /(http:\/\/127\.0\.0\.1:\d+\/mcp)/),
  companion: await start(ours, ['--headless', '--demo', '--no-auth', '--port', '0'], /listening at (http:\/\/127\.0\.0\.1:\d+\/mcp)/),
  everything: await start(node, [everything, 'streamableHttp'], /listening on port (\d+)/, { PORT: String(port) }),
  echo: await start(node, [join(root, 'bench/echoserver.mjs'), '0'], /(http:\/\/127\.0\.0\.1:\d+\/mcp)/),
  backend: await start(ours, ['--demo-backend', '--port', '0'], /at (http:\/\/127\.0\.0\.1:\d+)\/api/),
  sdkv2: await start(node, [join(root, 'bench/sdkv2server.mjs'), '0'], /(http:\/\/127\.0\.0\.1:\d+\/mcp)/),
};
servers.everything.url = `http://127.0.0.1:${port}/mcp`;
await new Promise((r) => setTimeout(r, 8000)); // let the demo workspace finish preparing its data
const idleRss = rssMb(servers.companion.child.pid);

const rows = [];
for (const c of ['1', '10', '50']) {
  const cell = (name, args) => rows.push({ name, concurrency: Number(c), ...load([...args, '--concurrency', c]) });
  cell('echo floor (HTTP)', ['http', servers.echo.url, '--method', 'tools/list']);
  cell('posthog-companion tools/list (HTTP)', ['http', servers.companion.url, '--method', 'tools/list']);
  cell('core/mcp fixture tools/call (HTTP)', ['http', servers.fixtures.url, '--method', 'tools/call', '--tool', 'test_simple_text']);
  cell('server-everything tools/list (HTTP)', ['http', servers.everything.url, '--method', 'tools/list', '--session']);
  cell('server-everything tools/call echo (HTTP)', ['http', servers.everything.url, '--method', 'tools/call', '--tool', 'echo', '--args', '{"message":"hi"}', '--session']);
  cell('SDK v2 createMcpHandler tools/list (HTTP)', ['http', servers.sdkv2.url, '--method', 'tools/list']);
  cell('SDK v2 createMcpHandler tools/call echo (HTTP)', ['http', servers.sdkv2.url, '--method', 'tools/call', '--tool', 'echo', '--args', '{"message":"hi"}']);
  cell('core/mcp fixture tools/call (stdio)', ['stdio', fixtures, '--stdio', '--method', 'tools/call', '--tool', 'test_simple_text']);
  cell('server-everything tools/call echo (stdio)', ['stdio', node, everything, 'stdio', '--method', 'tools/call', '--tool', 'echo', '--args', '{"message":"hi"}']);
  const sql = "SELECT event, count() FROM events WHERE timestamp > now() - INTERVAL 1 DAY GROUP BY event";
  cell('posthog-companion get_sql_insight (HTTP, demo)', ['http', servers.companion.url, '--method', 'tools/call', '--tool', 'get_sql_insight',
                                                         '--args', JSON.stringify({ query: sql })]);
  cell('demo backend query endpoint alone (REST)', ['http', `${servers.backend.url}/api/environments/1/query/`, '--token', 'phx_demo_workspace_offline_key',
                                                    '--body', JSON.stringify({ query: { kind: 'HogQLQuery', query: sql } })]);
}
const loadedRss = rssMb(servers.companion.child.pid);
const rendering = JSON.parse(execFileSync(join(root, 'build/bench/bench/bench_rendering'), { env, encoding: 'utf8' }).trim());
const engine = JSON.parse(execFileSync(join(root, 'build/bench/bench/bench_engine'), { env, encoding: 'utf8' }).trim());
const gui = await start(ours, ['--demo', '--port', '0'], /listening at (http:\/\/127\.0\.0\.1:\d+\/mcp)/, { XDG_CONFIG_HOME: join(scratch, 'gui-config') });
await new Promise((r) => setTimeout(r, 8000));
const guiRss = rssMb(gui.child.pid);

const peer = (name) => name.includes('(stdio)') ? 'server-everything tools/call echo (stdio)'
  : name.includes('tools/list') && !name.includes('echo') ? 'server-everything tools/list (HTTP)' : 'server-everything tools/call echo (HTTP)';
const peerV2 = (name) => name.includes('(stdio)') ? null
  : name.includes('tools/list') ? 'SDK v2 createMcpHandler tools/list (HTTP)' : 'SDK v2 createMcpHandler tools/call echo (HTTP)';
const isOurs = (name) => (name.startsWith('posthog-companion') || name.startsWith('core/mcp')) && !name.includes('get_sql_insight');
const ratioTo = (r, name) => {
  const ref = rows.find((x) => x.name === name && x.concurrency === r.concurrency);
  return ref && ref.rps && isOurs(r.name) ? `${(r.rps / ref.rps).toFixed(1)}×` : '';
};
const lines = ['| server and call | c | req/s | p50 ms | p90 ms | p99 ms | errors | vs server-everything | vs SDK v2 |', '|---|---|---|---|---|---|---|---|---|'];
for (const r of rows)
  lines.push(`| ${r.name} | ${r.concurrency} | ${r.rps} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.errors} | ${ratioTo(r, peer(r.name))} | ${ratioTo(r, peerV2(r.name))} |`);
const machine = `${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const report = [`Run ${new Date().toISOString()} on ${machine}, ${seconds} s per cell.`, '', ...lines, '',
  `posthog-companion --headless --demo: ready in ${servers.companion.readyMs.toFixed(0)} ms (listening; demo data prepared in the background), ` +
  `RSS idle ${idleRss} MB (200 000-event demo workspace in process), after the load ${loadedRss} MB.`,
  `posthog-companion --demo (window, offscreen): listening in ${gui.readyMs.toFixed(0)} ms, RSS ${guiRss} MB after 8 s.`,
  `Demo workspace first start (--demo-backend, 200 000 events, ${coldStart.events} of them in project 1): cold cache listening in ${coldStart.listeningMs.toFixed(0)} ms, first query answered at ` +
  `${coldStart.usableMs.toFixed(0)} ms; warm cache ${warmStart.usableMs.toFixed(0)} ms (cold is ${(coldStart.usableMs / warmStart.usableMs).toFixed(1)}× warm; target: cold under 2 000 ms).`,
  `Server time per call (McpServer::handle in process, answer serialised; median): ping ${engine.pingUs} µs, tools/call ${engine.toolsCallUs} µs, ` +
  `tools/list of all 26 tools ${engine.toolsListUs} µs. For get_sql_insight, compare its row with the backend's own query endpoint row: the difference is the MCP and client layers.`,
  `100 000-row result: Markdown for the agent in ${rendering.markdownMs} ms (${rendering.rowsInText} rows, ${rendering.markdownChars} chars within the 32 000-char budget); ` +
  `table model loaded in ${rendering.modelLoadMs} ms, ${rendering.msPerFrame} ms per repaint scrolling through all rows.`].join('\n');
console.log(report);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.md'), report + '\n');
process.exit(0);
