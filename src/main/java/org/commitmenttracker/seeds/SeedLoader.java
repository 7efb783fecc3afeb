package org.commitmenttracker.seeds;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.commitmenttracker.eventstore.Recorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads seed files through the command gateway, as a monitor's commands are: the bus validates them, the aggregates
 * apply their rules, the events name "seed-loader" as recorder.
 *
 * <p>One file is one database transaction. Axon's unit of work joins it, so the first refused record rolls back
 * everything the file had recorded so far. Loading again adds nothing: a record whose aggregate exists, or whose seed
 * key an event already carries, is skipped.
 */
@Component
public class SeedLoader {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
    private static final int PROGRESS_EVERY = 10;

    private final SeedReader reader;
    private final SeedChecks checks;
    private final SeedPlan plan;
    private final SeedLedger ledger;
    private final CommandGateway commands;
    private final BundledSeeds bundled;
    private final TransactionTemplate transaction;
    private final Recorder recorder;

    SeedLoader(
            SeedReader reader,
            SeedChecks checks,
            SeedPlan plan,
            SeedLedger ledger,
            CommandGateway commands,
            BundledSeeds bundled,
            PlatformTransactionManager transactions,
            Recorder recorder) {
        this.recorder = recorder;
        this.reader = reader;
        this.checks = checks;
        this.plan = plan;
        this.ledger = ledger;
        this.commands = commands;
        this.bundled = bundled;
        this.transaction = new TransactionTemplate(transactions);
        // Well below Axon's gapTimeout (60 s): a longer transaction could make tracking processors skip its events.
        this.transaction.setTimeout(40);
    }

    /** Loads one file, all or nothing; a refusal is a {@link SeedRejected} naming file, record and field. */
    public LoadReport load(String fileName, String yaml) {
        SeedReader.Parsed parsed = reader.read(fileName, yaml);
        return load(parsed, SeedPeople.of(List.of(parsed)));
    }

    /**
     * Loads several files, each all or nothing, in the order of {@link SeedOrder}: a file whose keys another names
     * first, otherwise the earlier events first. Stops at the first refusal; files loaded before it stay loaded. A
     * person's Russian name given in one file's {@code people} reaches the records of every file.
     */
    public List<LoadReport> loadAll(List<SeedText> files) {
        List<SeedReader.Parsed> parsed = files.stream()
                .map(file -> reader.read(file.name(), file.text()))
                .toList();
        SeedPeople people = SeedPeople.of(parsed);
        return SeedOrder.of(parsed).stream().map(file -> load(file, people)).toList();
    }

    private LoadReport load(SeedReader.Parsed parsed, SeedPeople people) {
        String fileName = parsed.fileName();
        return transaction.execute(status -> {
            ledger.lockForLoading();
            checks.verify(parsed);
            List<SeedStep> steps = plan.steps(parsed, people);
            int recorded = 0;
            for (int i = 0; i < steps.size(); i++) {
                SeedStep step = steps.get(i);
                if (!ledger.alreadyThere(step)) {
                    dispatch(fileName, step);
                    recorded++;
                }
                if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == steps.size()) {
                    log.info("Seed file {}: loaded {}/{} records", fileName, i + 1, steps.size());
                }
            }
            LoadReport report = new LoadReport(fileName, steps.size(), recorded, steps.size() - recorded);
            log.info(
                    "Seed file {}: {} records, {} recorded now, {} already in the register",
                    fileName,
                    report.records(),
                    report.recorded(),
                    report.alreadyPresent());
            return report;
        });
    }

    /**
     * Loads the seeds packaged with the tracker (classpath seeds/*.yaml) in the order things happened (see
     * {@link #loadAll}), stopping at the first refusal.
     */
    public List<LoadReport> loadBundled() {
        return loadAll(bundled.files());
    }

    private void dispatch(String fileName, SeedStep step) {
        try {
            commands.sendAndWait(step.command(), SeedMetadata.of(fileName, step, recorder));
        } catch (RuntimeException refused) {
            throw SeedFailures.explain(fileName, step, refused);
        }
    }
}
