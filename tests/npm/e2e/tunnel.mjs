// The route for cloud agents (Dust): a tunnel forwards a public host name to 127.0.0.1. Here a
// local reverse proxy stands in for the tunnel and rewrites Host the way cloudflared, Tailscale
// Funnel and ngrok do, in front of the real binary started with --allow-host.
// Usage: node tunnel.mjs <path to posthog-companion>
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const [binary] = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'phc-tunnel-'));
const env = { ...process.env, HOME: scratch, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_CACHE_HOME: join(scratch, 'cache'),
              XDG_DATA_HOME: join(scratch, 'data'), XDG_RUNTIME_DIR: join(scratch, 'run'), QT_QPA_PLATFORM: 'offscreen',
              DBUS_SESSION_BUS_ADDRESS: 'disabled:' }; // never the developer's keychain
delete env.POSTHOG_API_KEY;
const ALLOWED = 'mcp.tunnel-example.test';
const deadline = setTimeout(() => { console.error('tunnel: timed out'); process.exit(1); }, 60000);

function startServer(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['--headless', '--demo', '--events', '1000', '--port', '0', ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = stderr.match(/MCP server listening at http:\/\/127\.0\.0\.1:(\d+)\/mcp/);
      // No keychain here: the token is in the 0600 file the binary names (as e2e.mjs reads it).
      const tokenFile = stderr.match(/Bearer token: stored in the file (.+) \(mode 0600/);
      const noAuth = args.includes('--no-auth');
      if (match && (tokenFile || noAuth)) {
        const token = tokenFile ? readFileSync(tokenFile[1], 'utf8').trim() : '';
        resolve({ child, port: Number(match[1]), token, stderr: () => stderr });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${stderr}`)));
  });
}

// Exits with `code` and says `pattern` on stderr, without listening.
function expectRefusal(args, code, pattern) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['--headless', '--demo', '--port', '0', ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('exit', (exitCode) => {
      try {
        assert.equal(exitCode, code, `${args.join(' ')}: exit ${exitCode}, stderr: ${stderr}`);
        assert.match(stderr, pattern);
        assert.doesNotMatch(stderr, /listening at/);
        resolve();
      } catch (error) { reject(error); }
    });
  });
}

// The tunnel: every request goes to the server with Host rewritten to the public name; bounded.
function startProxy(targetPort, publicHost) {
  let served = 0;
  const proxy = http.createServer((request, response) => {
    if (++served > 20) { response.writeHead(503).end(); return; }
    const upstream = http.request({ host: '127.0.0.1', port: targetPort, method: request.method, path: request.url,
                                    headers: { ...request.headers, host: publicHost } }, (reply) => {
      response.writeHead(reply.statusCode, reply.headers);
      reply.pipe(response);
    });
    upstream.on('error', (error) => { response.writeHead(502).end(String(error)); });
    request.pipe(upstream);
  });
  return new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve(proxy)));
}

async function post(proxy, headers) {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize',
                                params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'dust-like', version: '1' } } });
  const response = await fetch(`http://127.0.0.1:${proxy.address().port}/mcp`, {
    method: 'POST', body, headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...headers },
    signal: AbortSignal.timeout(15000) });
  return { status: response.status, text: await response.text() };
}

let server;
const proxies = [];
try {
  await expectRefusal(['--no-auth', '--allow-host', ALLOWED], 2, /--allow-host needs the bearer token/);
  await expectRefusal(['--allow-host', `https://${ALLOWED}/mcp`], 2, /not a URL/);
  await expectRefusal(['--allow-host', '*.example.test'], 2, /wildcards/);

  // The MCP page's list (the settings file) is ignored while --no-auth leaves no token.
  mkdirSync(join(env.XDG_CONFIG_HOME, 'PostHog'), { recursive: true });
  writeFileSync(join(env.XDG_CONFIG_HOME, 'PostHog', 'PostHog Companion.conf'), `[mcp]\nallowedHosts=${ALLOWED}\n`);
  const open = await startServer(['--no-auth']);
  const openTunnel = await startProxy(open.port, ALLOWED);
  proxies.push(openTunnel);
  const refused = await post(openTunnel, {});
  assert.equal(refused.status, 403, `an allowed host with authentication off: ${refused.status} ${refused.text}`);
  open.child.kill('SIGTERM');
  await new Promise((resolve) => open.child.once('exit', resolve));

  server = await startServer(['--allow-host', ALLOWED.toUpperCase()]);
  // Said on stderr right after the listening line (a later chunk of the pipe, maybe).
  const announced = new RegExp(`with the bearer token only.*${ALLOWED.replaceAll('.', '\\.')}`);
  for (let waited = 0; !announced.test(server.stderr()) && waited < 5000; waited += 50)
    await new Promise((resolve) => setTimeout(resolve, 50));
  assert.match(server.stderr(), announced);
  const auth = { Authorization: `Bearer ${server.token}` };
  const tunnel = await startProxy(server.port, ALLOWED);
  const tunnelWithPort = await startProxy(server.port, `${ALLOWED}:443`);
  const stranger = await startProxy(server.port, 'other.tunnel-example.test');
  proxies.push(tunnel, tunnelWithPort, stranger);

  const ok = await post(tunnel, auth);
  assert.equal(ok.status, 200, `allowed host with the token: ${ok.status} ${ok.text}`);
  assert.match(ok.text, /"name":"posthog-companion"/);
  assert.equal((await post(tunnelWithPort, auth)).status, 200, 'the tunnel\'s public port does not matter');
  const anonymous = await post(tunnel, {});
  assert.equal(anonymous.status, 401, `allowed host without a token: ${anonymous.status}`);
  const wrong = await post(tunnel, { Authorization: 'Bearer 0000' });
  assert.equal(wrong.status, 401, `allowed host with a wrong token: ${wrong.status}`);
  const foreign = await post(stranger, auth);
  assert.equal(foreign.status, 403, `a host not allowed: ${foreign.status}`);
  const origin = await post(tunnel, { ...auth, Origin: 'https://attacker.example' });
  assert.equal(origin.status, 403, `Origin rules stay for allowed hosts: ${origin.status}`);
  console.log('tunnel: allowed host + token 200 (any port), no/wrong token 401, other host 403, foreign Origin 403; --no-auth with --allow-host exits 2, with the page\'s list 403');
} finally {
  clearTimeout(deadline);
  for (const proxy of proxies) proxy.close();
  if (server) server.child.kill('SIGTERM');
  rmSync(scratch, { recursive: true, force: true });
}
