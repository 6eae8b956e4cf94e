package nl.dossier.cli;

import nl.dossier.serve.DevServer;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

final class ServeCommand extends Command {
    static final int DEFAULT_PORT = 8000;
    private static final Option PORT = Option.value("--port", "N",
            "Port on 127.0.0.1 (default: " + DEFAULT_PORT + "; 0 picks a free one).");

    ServeCommand() {
        super("serve", "Serves the site on 127.0.0.1, rebuilds what changed on every save and reloads the browser.",
                List.of(CommonOptions.SOURCE, PORT), null);
    }

    @Override
    int run(Arguments arguments) throws UsageException {
        Path root = CommonOptions.source(arguments);
        int port = arguments.number(PORT.name(), DEFAULT_PORT);
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
