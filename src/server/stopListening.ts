import type http from 'node:http';
import net, { type Socket } from 'node:net';

/** Longest a connection accepted before the stop may take to send its request. */
const FIRST_REQUEST_GRACE_MS = 2000;

/**
 * The first step of a graceful stop, in front of Apollo's drain: that drain (and Node's http.Server.close)
 * ends every connection with no request in progress, and that includes one the kernel accepted just before
 * the stop whose request Node has not read yet: its client, which has sent the request, sees the connection
 * reset (the two-replica test saw ECONNRESET under load). So listening stops first, and connections accepted before it get up to
 * FIRST_REQUEST_GRACE_MS to deliver their first request, which is then answered; a client (or a proxy) that
 * connects after the stop is refused and goes to another replica.
 */
export function trackFirstRequests(httpServer: http.Server): { stopListening(): Promise<void> } {
  const awaiting = new Set<Socket>();
  httpServer.on('connection', (socket: Socket) => {
    awaiting.add(socket);
    socket.once('close', () => awaiting.delete(socket));
  });
  httpServer.on('request', (req: http.IncomingMessage) => awaiting.delete(req.socket));
  httpServer.on('upgrade', (req: http.IncomingMessage) => awaiting.delete(req.socket));
  return {
    async stopListening() {
      // Not http.Server's close: it also ends every connection without a request in progress, the fresh ones included.
      if (httpServer.listening) net.Server.prototype.close.call(httpServer);
      const deadline = Date.now() + FIRST_REQUEST_GRACE_MS;
      while (awaiting.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}
