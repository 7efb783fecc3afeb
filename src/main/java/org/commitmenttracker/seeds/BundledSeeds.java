package org.commitmenttracker.seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The seed files packaged with the tracker (the pom copies seeds/*.yaml to classpath seeds/), listed by name. */
@Component
class BundledSeeds {

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    List<SeedText> files() {
        try {
            return Arrays.stream(resolver.getResources("classpath*:seeds/*.yaml"))
                    .sorted(Comparator.comparing(resource -> Objects.requireNonNull(resource.getFilename())))
                    .map(BundledSeeds::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the bundled seed files", e);
        }
    }

    private static SeedText read(Resource resource) {
        try {
            return new SeedText(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled seed file " + resource.getFilename(), e);
        }
    }
}
