package org.commitmenttracker.seeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar commitment-tracker.jar --seed=path/to/file.yaml [--seed=another.yaml]} loads the files (a file whose
 * keys another names first, else in the order things happened, see {@link SeedOrder}), logs progress, and exits: 0 when
 * all loaded, 1 when a file was refused (files after it are not tried, as they may build on it), 2 when a file cannot
 * be read.
 */
@Component
@Order(2)
class SeedCommandLine implements ApplicationRunner {

    static final String OPTION = "seed";
    private static final Logger log = LoggerFactory.getLogger(SeedCommandLine.class);

    private final SeedLoader loader;
    private final ConfigurableApplicationContext context;

    SeedCommandLine(SeedLoader loader, ConfigurableApplicationContext context) {
        this.loader = loader;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int code = load(args.getOptionValues(OPTION));
        System.exit(SpringApplication.exit(context, () -> code));
    }

    private int load(List<String> paths) {
        if (paths.isEmpty()) {
            log.error("--seed needs a file: --seed=path/to/file.yaml");
            return 2;
        }
        List<SeedText> files = new ArrayList<>();
        for (String path : paths) {
            Path file = Path.of(path);
            try {
                files.add(new SeedText(file.getFileName().toString(), Files.readString(file)));
            } catch (IOException e) {
                log.error("Cannot read seed file {}: {}", path, e.getMessage());
                return 2;
            }
        }
        try {
            for (LoadReport report : loader.loadAll(files)) {
                log.info(
                        "Seed file {} done: {} recorded, {} already present",
                        report.file(),
                        report.recorded(),
                        report.alreadyPresent());
            }
        } catch (SeedRejected e) {
            log.error(e.getMessage());
            return 1;
        }
        return 0;
    }
}
