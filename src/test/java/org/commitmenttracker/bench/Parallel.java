package org.commitmenttracker.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs one task per client on its own thread and waits for all of them. */
final class Parallel {

    interface ClientTask<T> {
        T run(int client) throws Exception;
    }

    private Parallel() {}

    static <T> List<T> clients(int count, ClientTask<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int client = 0; client < count; client++) {
                int number = client;
                futures.add(pool.submit(() -> task.run(number)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Splits operations 0..total-1 over the clients; each client runs its share in order. */
    static void share(int clients, int total, IntFunction<Runnable> operation) throws Exception {
        clients(clients, client -> {
            for (int index = client; index < total; index += clients) {
                operation.apply(index).run();
            }
            return null;
        });
    }
}
