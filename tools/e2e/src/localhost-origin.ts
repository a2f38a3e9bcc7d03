// A localhost origin for a Service: a loopback forwarder on an ephemeral port of 127.0.0.1 (never a
// Service's own port, so a stray localhost URL still fails). On the cluster the Route serves https;
// here CKAN answers in plain http, and browsers treat only localhost origins as secure: they keep the
// session cookie, which is Secure (CKAN___SESSION_COOKIE_SECURE), and Lighthouse counts no http.
import { connect, createServer, type AddressInfo } from "node:net";

export interface LocalhostOrigin {
  readonly origin: string;
  readonly close: () => Promise<void>;
}

export async function localhostOrigin(serviceOrigin: string): Promise<LocalhostOrigin> {
  const target = new URL(serviceOrigin);
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 80), target.hostname);
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close);
    upstream.on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
