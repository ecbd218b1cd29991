/**
 * A WebSocket client speaking graphql-ws's protocol message by message (over the `ws` package), so a test
 * sees exactly what the server sends: each operation's first answer (`next` or `error`), and how and why
 * the socket was closed. It never throws on a refusal.
 */
import WebSocket from 'ws';

export interface Closed {
  code: number;
  reason: string;
}

/** An operation's first answer: `next` (its payload a result) or `error` (its payload a list of errors). */
export interface Answer {
  type: 'next' | 'error';
  payload: any;
}

/** `extensions.code` of every error of an answer, "(none)" for one without. */
export const codesOf = (answer: Answer): string[] => {
  const errors: any[] = answer.type === 'error' ? answer.payload : (answer.payload?.errors ?? []);
  return errors.map((e) => e?.extensions?.code ?? '(none)');
};

export class GraphQLSocket {
  readonly closed: Promise<Closed>;
  /** Set when the upgrade was refused: the HTTP status and body. */
  refused?: { status: number; body: string };
  private readonly waiting = new Map<string, (answer: Answer) => void>();
  private nextId = 1;

  private constructor(readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    socket.on('error', () => undefined);
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type !== 'next' && message.type !== 'error') return;
      this.waiting.get(message.id)?.({ type: message.type, payload: message.payload });
      this.waiting.delete(message.id);
    });
  }

  /** Opens a socket at `url`'s /graphql and sends connection_init; resolves once acknowledged, closed or refused. */
  static async open(url: string, connectionParams?: Record<string, unknown>): Promise<GraphQLSocket> {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const client = new GraphQLSocket(socket);
    await new Promise<void>((resolve) => {
      socket.on('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          client.refused = { status: res.statusCode ?? 0, body };
          resolve();
        });
      });
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })));
      socket.on('message', (data) => {
        if (JSON.parse(String(data)).type === 'connection_ack') resolve();
      });
      socket.on('close', () => resolve());
    });
    return client;
  }

  get acknowledged(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** Sends one operation; resolves with its first answer, or undefined if the socket closes first. */
  operation(query: string, variables?: unknown, operationName?: string): Promise<Answer | undefined> {
    return this.subscribe(JSON.stringify({ query, variables, operationName }));
  }

  /** Sends a subscribe message whose payload is this JSON text, as it is; resolves as operation() does. */
  subscribe(payloadJson: string): Promise<Answer | undefined> {
    const id = String(this.nextId++);
    const answered = new Promise<Answer | undefined>((resolve) => {
      this.waiting.set(id, resolve);
      void this.closed.then(() => resolve(undefined));
    });
    this.socket.send(`{"id":"${id}","type":"subscribe","payload":${payloadJson}}`);
    return answered;
  }

  /** Starts an operation without waiting; returns its id (for complete). */
  start(query: string): string {
    const id = String(this.nextId++);
    this.socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
    return id;
  }

  complete(id: string): void {
    this.socket.send(JSON.stringify({ id, type: 'complete' }));
  }

  close(): Promise<Closed> {
    this.socket.close();
    return this.closed;
  }
}
