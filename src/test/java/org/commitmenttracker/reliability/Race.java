package org.commitmenttracker.reliability;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Starts many HTTP requests at the same instant, so they really contend for one record. */
final class Race {

    private Race() {}

    static List<HttpResponse<String>> run(int writers, IntFunction<HttpResponse<String>> request) {
        CountDownLatch ready = new CountDownLatch(writers);
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int writer = i;
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(writer);
                }));
            }
            ready.await();
            go.countDown();
            List<HttpResponse<String>> results = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException("a writer failed outside HTTP", e);
        }
    }
}
