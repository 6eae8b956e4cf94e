package nl.dossier.cli;

import nl.dossier.serve.DevServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = "Serves the site on 127.0.0.1, rebuilds what changed on every save and reloads the browser.")
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8000;

    @Option(names = "--source", paramLabel = "DIR", description = CommonOptions.SOURCE)
    private Path source;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: " + DEFAULT_PORT + "; 0 picks a free one).")
    private int port = DEFAULT_PORT;

    @Override
    public Integer call() throws UsageException {
        Path root = CommonOptions.source(source);
        if (port < 0 || port > 65535) throw new UsageException("--port must be between 0 and 65535, not " + port);
        DevServer server;
        try {
            server = DevServer.start(root, port, System.out);
        } catch (BindException e) {
            System.err.println("port " + port + " is in use; choose another with --port");
            return Main.USAGE_ERROR;
        } catch (IOException e) {
            System.err.println("cannot start the server: " + e.getMessage());
            return Main.CONTENT_ERROR;
        }
        System.out.println("Serving " + root + " at " + server.url() + " (Ctrl+C stops)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }
}
