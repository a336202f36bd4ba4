/** Puts an app on a socket (port 0 picks a free one) and says where it listens. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { errors } from '../errors.js';

export interface Listening {
  /** `http://host:port/` */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts listening on `host:port`; a taken port or an unknown host is a catalogued error. */
export function listen(app: Hono, host: string, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port });
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? `port ${port} is in use — choose another with --port` : error.message;
      reject(errors.usage(`cannot listen on ${host}:${port}: ${why}`));
    });
    server.once('listening', () => {
      const address = server.address() as AddressInfo;
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shown}:${address.port}/`,
        port: address.port,
        close: () => new Promise((done) => {
          server.close(() => done());
          // Keep-alive connections (a browser's) would hold close() open.
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
  });
}
