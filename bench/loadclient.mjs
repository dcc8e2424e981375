// One load client for every server in bench/run, so ratios compare servers, not clients.
// Usage: node loadclient.mjs <http|stdio> <url | command…> --method tools/list|tools/call [--tool NAME] [--args JSON]
//        [--concurrency N] [--seconds S] [--token T] [--session] (initialize first and send Mcp-Session-Id)
//        [--body JSON] (post this body instead of a JSON-RPC call: the demo backend's REST API)
// Prints one JSON line: {requests, errors, seconds, rps, p50, p90, p99} (latencies in ms).
import http from 'node:http';
import { spawn } from 'node:child_process';

const argv = process.argv.slice(2);
const option = (name, fallback) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : fallback; };
const flag = (name) => argv.includes(`--${name}`);
const mode = argv[0];
const method = option('method', 'tools/list');
const concurrency = Number(option('concurrency', '1'));
const seconds = Number(option('seconds', '5'));
const token = option('token', '');
const rawBody = option('body', '');
const params = method === 'tools/call' ? { name: option('tool', 'echo'), arguments: JSON.parse(option('args', '{}')) } : {};

const latencies = [];
let errors = 0;
let nextId = 1;

function percentile(p) {
  if (latencies.length === 0) return null;
  const sorted = Float64Array.from(latencies).sort();
  return Number(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))].toFixed(3));
}

function report(elapsed) {
  console.log(JSON.stringify({ requests: latencies.length, errors, seconds: Number(elapsed.toFixed(2)),
                               rps: Math.round(latencies.length / elapsed), p50: percentile(0.5), p90: percentile(0.9), p99: percentile(0.99) }));
}

async function runHttp() {
  const url = new URL(argv[1]);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const post = (body, extra = {}) => new Promise((resolve) => {
    const req = http.request({ agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { ...headers, ...extra } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', () => resolve({ status: 0, headers: {}, body: '' }));
    req.end(JSON.stringify(body));
  });
  if (flag('session')) {
    const init = await post({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } });
    if (init.headers['mcp-session-id']) headers['Mcp-Session-Id'] = init.headers['mcp-session-id'];
    headers['MCP-Protocol-Version'] = '2025-06-18';
    await post({ jsonrpc: '2.0', method: 'notifications/initialized' });
  }
  const end = Date.now() + seconds * 1000;
  const started = performance.now();
  const worker = async () => {
    while (Date.now() < end) {
      const t0 = performance.now();
      const r = await post(rawBody ? JSON.parse(rawBody) : { jsonrpc: '2.0', id: nextId++, method, params });
      if (r.status !== 200 || !r.body.includes(rawBody ? '"results"' : '"result"')) errors++;
      else latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  report((performance.now() - started) / 1000);
  agent.destroy();
}

async function runStdio() {
  const child = spawn(argv[1], argv.slice(2, argv.indexOf('--method')), { stdio: ['pipe', 'pipe', 'ignore'] });
  const pending = new Map();
  let buffer = '';
  child.stdout.on('data', (chunk) => {
    buffer += chunk;
    let i;
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      try {
        const message = JSON.parse(line);
        const done = pending.get(message.id);
        if (done) { pending.delete(message.id); done(message); }
      } catch { /* not ours */ }
    }
  });
  const send = (body) => new Promise((resolve) => { pending.set(body.id, resolve); child.stdin.write(JSON.stringify(body) + '\n'); });
  await send({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } });
  child.stdin.write(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }) + '\n');
  const end = Date.now() + seconds * 1000;
  const started = performance.now();
  const worker = async () => {
    while (Date.now() < end) {
      const t0 = performance.now();
      const r = await send({ jsonrpc: '2.0', id: nextId++, method, params });
      if (!r.result) errors++;
      else latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  report((performance.now() - started) / 1000);
  child.stdin.end();
  child.kill();
}

(mode === 'stdio' ? runStdio() : runHttp()).catch((e) => { console.error(e); process.exit(1); });
