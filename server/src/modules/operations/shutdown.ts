/**
 * Stopping without dropping work. Node's `server.close()` and Apollo's drain plugin both cut the
 * connections that carry no request *yet*: a request whose bytes are in the socket but not
 * parsed, or still in the listen backlog, is lost with ECONNRESET (measured: 22 of 23 concurrent
 * writes). Here a stop first keeps serving briefly ("lame duck": every answer says
 * `Connection: close`, so clients open no new keep-alive requests here), until no connection or
 * request has arrived for a short quiet spell; then it stops listening, closes the idle
 * connections gently (FIN, not RST), and waits for the requests in flight — GraphQL, uploads,
 * CSV export streams alike — up to the grace period. What is still running then is cut, and said.
 */
import type http from 'node:http';
import type { Socket } from 'node:net';

/** How long after the last arrival the server keeps listening; and that spell's upper bound. */
const QUIET_MS = 250;
const LAME_DUCK_MAX_MS = 2_000;

export interface Drain {
  /** True once a stop has begun (the readiness probe says 503 from then on). */
  readonly stopping: boolean;
  /** Serves what arrived, then stops; resolves with how many requests were cut at the deadline. */
  drain(graceMs: number): Promise<{ cut: number }>;
}

export function trackConnections(server: http.Server): Drain {
  /** Every open connection and how many of its requests are not answered yet. */
  const open = new Map<Socket, number>();
  let stopping = false;
  let lastArrival = Date.now();

  server.on('connection', (socket: Socket) => {
    lastArrival = Date.now();
    open.set(socket, 0);
    socket.once('close', () => open.delete(socket));
  });
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    lastArrival = Date.now();
    const socket = req.socket;
    open.set(socket, (open.get(socket) ?? 0) + 1);
    if (stopping) res.setHeader('Connection', 'close');
    res.once('close', () => {
      const left = (open.get(socket) ?? 1) - 1;
      if (!open.has(socket)) return;
      open.set(socket, left);
      // Stopping: a connection whose last request is answered is closed gently.
      if (stopping && left === 0) socket.end();
    });
  });

  const inFlight = () => [...open.values()].reduce((sum, n) => sum + n, 0);
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  return {
    get stopping() {
      return stopping;
    },
    async drain(graceMs) {
      stopping = true;
      const deadline = Date.now() + graceMs;
      const lameDuckEnd = Date.now() + Math.min(LAME_DUCK_MAX_MS, graceMs);
      while (Date.now() < lameDuckEnd && Date.now() - lastArrival < QUIET_MS) {
        await sleep(Math.min(50, QUIET_MS - (Date.now() - lastArrival) + 1));
      }
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const [socket, requests] of open) if (requests === 0) socket.end();
      while (inFlight() > 0 && Date.now() < deadline) await sleep(25);
      const cut = inFlight();
      for (const socket of open.keys()) socket.destroy();
      await closed;
      return { cut };
    },
  };
}
