package org.commitmenttracker.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP receiver on a random port (the JDK's HttpServer): {@code /ok} answers 204, {@code /flaky} answers 500 to
 * the first two tries of each delivery id and then 204, {@code /hang} holds the request until released.
 */
final class Receiver implements AutoCloseable {

    record Received(String path, String id, String timestamp, String signature, String event, String body) {}

    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger hangsAnswered = new AtomicInteger();
    private final Map<String, AtomicInteger> flakyTries = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer server;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/ok", exchange -> answer(exchange, 204));
        server.createContext("/flaky", exchange -> {
            Received request = read(exchange);
            int tries = flakyTries
                    .computeIfAbsent(request.id(), id -> new AtomicInteger())
                    .incrementAndGet();
            answer(exchange, tries <= 2 ? 500 : 204);
        });
        server.createContext("/hang", exchange -> {
            read(exchange);
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            hangsAnswered.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void answer(HttpExchange exchange, int status) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/flaky")) {
            read(exchange);
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private Received read(HttpExchange exchange) throws IOException {
        var headers = exchange.getRequestHeaders();
        Received request = new Received(
                exchange.getRequestURI().getPath(),
                headers.getFirst("Tracker-Webhook-Id"),
                headers.getFirst("Tracker-Webhook-Timestamp"),
                headers.getFirst("Tracker-Webhook-Signature"),
                headers.getFirst("Tracker-Webhook-Event"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        received.add(request);
        return request;
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
