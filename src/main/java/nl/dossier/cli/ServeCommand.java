package nl.dossier.cli;

import nl.dossier.serve.DevServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the site on 127.0.0.1, rebuilds what changed on every save and reloads the browser.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SourceOption project;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8000;

    @Override
    public Integer call() throws InterruptedException {
        Path root = project.root();
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
        stopped.await();
        return Main.OK;
    }
}
