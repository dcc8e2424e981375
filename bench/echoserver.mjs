// The physical floor: a bare loopback HTTP server that answers every POST with a fixed JSON-RPC result.
import http from 'node:http';
const body = JSON.stringify({ jsonrpc: '2.0', id: 1, result: { tools: [] } });
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }); res.end(body); });
});
server.listen(Number(process.argv[2] || 0), '127.0.0.1', () => console.error(`echo listening at http://127.0.0.1:${server.address().port}/mcp`));
