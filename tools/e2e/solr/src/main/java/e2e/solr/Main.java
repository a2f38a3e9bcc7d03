package e2e.solr;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Runs a standalone Solr (no ZooKeeper) from a prepared solr home on one address and port, the way the
 * solr image serves it: context /solr, the cores found under the home (core.properties).
 *
 * <p>Usage: {@code Main --host 127.0.0.3 --port 8983 --home DIR [--core ckan] [--context /solr]}
 *
 * <p>Prints {@code SOLR READY http://HOST:PORT/solr} on standard output once the core is loaded (logs go
 * to standard error), and stops Solr on SIGTERM or SIGINT. Exits 1 when Solr or the core fails to start.
 */
public final class Main {
  /** The address to bind: JettySolrRunner hard-codes 127.0.0.1, see {@link BoundJettySolrRunner}. */
  private static volatile String bindHost;

  private static final long STOP_TIMEOUT_MS = 20_000;

  /**
   * JettySolrRunner builds its connector (host 127.0.0.1) in its constructor and then asks subclasses
   * for handlers: that is where the connector gets the host we were given, before anything binds.
   */
  private static final class BoundJettySolrRunner extends JettySolrRunner {
    BoundJettySolrRunner(String solrHome, JettyConfig config) {
      super(solrHome, config);
    }

    @Override
    protected HandlerWrapper injectJettyHandlers(HandlerWrapper chain) {
      for (Connector connector : chain.getServer().getConnectors()) {
        ((ServerConnector) connector).setHost(bindHost);
      }
      return chain;
    }
  }

  private Main() {}

  private static void usage(String problem) {
    System.err.println("run-solr: " + problem);
    System.err.println(
        "usage: Main --host ADDRESS --port PORT --home SOLR_HOME [--core NAME] [--context /solr]");
    System.exit(2);
  }

  public static void main(String[] args) throws Exception {
    String host = null;
    String home = null;
    String core = "ckan";
    String context = "/solr";
    int port = -1;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) usage("missing value for " + args[i]);
      String value = args[i + 1];
      switch (args[i]) {
        case "--host" -> host = value;
        case "--port" -> port = Integer.parseInt(value);
        case "--home" -> home = value;
        case "--core" -> core = value;
        case "--context" -> context = value;
        default -> usage("unknown argument " + args[i]);
      }
    }
    if (host == null || port <= 0 || home == null) usage("--host, --port and --home are required");
    Path solrHome = Path.of(home).toAbsolutePath().normalize();
    if (!Files.isRegularFile(solrHome.resolve("solr.xml"))) usage("no solr.xml in " + solrHome);
    bindHost = host;

    JettyConfig config =
        JettyConfig.builder()
            .setPort(port)
            .setContext(context)
            .stopAtShutdown(false) // our hook below stops it, once
            .waitForLoadingCoresToFinish(120_000L)
            .withPortRetryTime(0) // a port in use is an error now, not a minute of retries
            .build();
    JettySolrRunner solr = new BoundJettySolrRunner(solrHome.toString(), config);

    AtomicBoolean stopped = new AtomicBoolean();
    CountDownLatch forever = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (!stopped.compareAndSet(false, true)) return;
                  long started = System.nanoTime();
                  System.err.println("SOLR STOPPING");
                  // Bounded: the JVM exits when this hook returns, stopped or not.
                  Thread stopper =
                      new Thread(
                          () -> {
                            try {
                              solr.stop();
                            } catch (Exception e) {
                              e.printStackTrace();
                            }
                          },
                          "solr-stopper");
                  stopper.setDaemon(true);
                  stopper.start();
                  try {
                    stopper.join(STOP_TIMEOUT_MS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  System.err.printf(
                      "SOLR %s in %d ms%n",
                      stopper.isAlive() ? "NOT STOPPED (gave up)" : "STOPPED",
                      (System.nanoTime() - started) / 1_000_000);
                },
                "solr-stop"));

    try {
      solr.start();
      CoreContainer cores = solr.getCoreContainer();
      if (cores == null) throw new IllegalStateException("Solr's CoreContainer did not start");
      Map<String, CoreContainer.CoreLoadFailure> failures = cores.getCoreInitFailures();
      if (!failures.isEmpty()) {
        failures.forEach(
            (name, failure) -> {
              System.err.println("SOLR CORE FAILED " + name + ": " + failure.exception);
              failure.exception.printStackTrace();
            });
        throw new IllegalStateException("core(s) failed to load: " + failures.keySet());
      }
      try (SolrCore loaded = cores.getCore(core)) {
        if (loaded == null) throw new IllegalStateException("no core named " + core + " in " + solrHome);
      }
    } catch (Throwable e) {
      System.err.println("SOLR FAILED: " + e);
      e.printStackTrace();
      // Jetty starts the handlers (and so loads the cores) before it binds: close the cores, whose
      // index locks are held, rather than stop a server that never reached "started" (which waits
      // for a state it will not reach).
      stopped.set(true);
      try {
        CoreContainer cores = solr.getCoreContainer();
        if (cores != null) cores.shutdown();
      } catch (Throwable ignored) {
        // exiting anyway
      }
      System.exit(1);
    }

    String shown = InetAddress.getByName(host) instanceof java.net.Inet6Address ? "[" + host + "]" : host;
    System.out.println("SOLR READY http://" + shown + ":" + solr.getLocalPort() + context);
    System.out.flush();
    forever.await(); // until SIGTERM/SIGINT runs the shutdown hook and the JVM exits
  }
}
