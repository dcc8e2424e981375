// The TypeScript SDK v2's stateless, dual-era handler (createMcpHandler) on node:http, with an
// `echo` tool: the second peer of bench/run. Usage: node sdkv2server.mjs <port>
import http from 'node:http';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const modules = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'npm', 'node_modules');
const { McpServer, createMcpHandler } = await import(pathToFileURL(join(modules, '@modelcontextprotocol/server/dist/index.mjs')).href);
const { z } = await import(pathToFileURL(join(modules, 'zod/index.js')).href);

const handler = createMcpHandler(() => {
  const server = new McpServer({ name: 'sdk-v2-bench', version: '1.0.0' });
  server.registerTool('echo', { description: 'Echoes the message.', inputSchema: z.object({ message: z.string() }) },
                      async ({ message }) => ({ content: [{ type: 'text', text: `Echo: ${message}` }] }));
  return server;
});

const httpServer = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers: req.headers,
                                                             body: req.method === 'POST' ? Buffer.concat(chunks) : undefined });
  const response = await handler.fetch(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
});
httpServer.listen(Number(process.argv[2] || 0), '127.0.0.1', () => console.error(`sdk v2 listening at http://127.0.0.1:${httpServer.address().port}/mcp`));
