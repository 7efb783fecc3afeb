package org.commitmenttracker.seeds;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, with nothing in the event store, loads the bundled seeds so a new register is not empty. A
 * bundled file that is refused stops the start: it is a defect of the release, and the message names file, record and
 * field. Off with tracker.seeds.load-on-start=false.
 */
@Component
@Order(1)
class SeedsOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedsOnStart.class);

    private final boolean enabled;
    private final SeedLedger ledger;
    private final SeedLoader loader;

    SeedsOnStart(SeedsProperties properties, SeedLedger ledger, SeedLoader loader) {
        this.enabled = properties.loadOnStart();
        this.ledger = ledger;
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (!ledger.storeIsEmpty()) {
            log.info("The register already holds events; the bundled seeds are not loaded automatically");
            return;
        }
        log.info("Empty register: loading the bundled seeds");
        loader.loadBundled();
    }
}
