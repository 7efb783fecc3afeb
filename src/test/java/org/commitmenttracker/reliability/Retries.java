package org.commitmenttracker.reliability;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Sends one request three times, in one of three timings a flaky network produces. */
final class Retries {

    private Retries() {}

    /**
     * Pattern 0: the first attempt, then a retry racing a second retry. Pattern 1: a retry racing the first attempt,
     * then a late retry. Pattern 2: all three at once.
     */
    static List<HttpResponse<String>> send(Supplier<HttpResponse<String>> request, int pattern, Executor executor) {
        return switch (pattern) {
            case 0 -> concat(List.of(request.get()), together(request, 2, executor));
            case 1 -> concat(together(request, 2, executor), List.of(request.get()));
            default -> together(request, 3, executor);
        };
    }

    private static List<HttpResponse<String>> together(
            Supplier<HttpResponse<String>> request, int copies, Executor executor) {
        List<CompletableFuture<HttpResponse<String>>> attempts = Stream.generate(
                        () -> CompletableFuture.supplyAsync(request, executor))
                .limit(copies)
                .toList();
        return attempts.stream().map(CompletableFuture::join).toList();
    }

    private static List<HttpResponse<String>> concat(List<HttpResponse<String>> a, List<HttpResponse<String>> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
