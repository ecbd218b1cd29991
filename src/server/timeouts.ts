/**
 * Time limits on a client's connection, so that a client sending its request a byte at a time cannot
 * hold a connection (and the memory of a half-read body) for Node's default of five minutes: the
 * headers and the whole request must arrive within their limits, else 408; an idle keep-alive
 * connection is closed. Node's http.Server does the timing; we only answer in the API's error shape.
 */
import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { HttpTimeouts } from '../config/config';
import { ErrorCode } from '../errors';

/** How often Node looks for connections past their limit; its default (30 s) would let a 5 s limit run to 35. */
const CHECK_EVERY_MS = 1000;

export const serverOptions = (t: HttpTimeouts): http.ServerOptions => ({
  requestTimeout: t.requestTimeoutMs,
  headersTimeout: t.headersTimeoutMs,
  keepAliveTimeout: t.keepAliveTimeoutMs,
  connectionsCheckingInterval: Math.min(CHECK_EVERY_MS, t.headersTimeoutMs),
});

function rawAnswer(status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): string {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] });
  return [
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}`,
    'connection: close',
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    '',
    body,
  ].join('\r\n');
}

/**
 * Node's 'clientError': a request that ran out of time, or bytes that are not HTTP. Answered as Node
 * would (only when no answer has begun on the socket), but with a code and our message.
 */
export function answerClientError(t: HttpTimeouts) {
  return (err: NodeJS.ErrnoException, socket: Duplex): void => {
    // `_httpMessage` is the response in flight on this socket, if any: Node's own handler checks it the same way.
    const started = (socket as Duplex & { _httpMessage?: http.ServerResponse })._httpMessage?.headersSent === true;
    if (err.code === 'ECONNRESET' || !socket.writable || started) {
      socket.destroy();
      return;
    }
    if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      socket.end(
        rawAnswer(
          408,
          ErrorCode.REQUEST_TIMEOUT,
          `The request did not arrive in time: its headers must come within ${t.headersTimeoutMs} ms and all of it within ${t.requestTimeoutMs} ms.`,
          { limit: t.requestTimeoutMs },
        ),
      );
    } else if (err.code === 'HPE_HEADER_OVERFLOW') {
      socket.end(rawAnswer(431, ErrorCode.BAD_REQUEST, 'The request headers are too large.'));
    } else {
      socket.end(rawAnswer(400, ErrorCode.BAD_REQUEST, 'The request is not valid HTTP.'));
    }
  };
}
