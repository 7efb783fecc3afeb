package org.commitmenttracker.seeds;

/**
 * A seed file refused as a whole. It names the file, the record (its key and place in the file) and the field in the
 * seed's own vocabulary, so the author can find the line to fix.
 */
public class SeedRejected extends RuntimeException {

    private final String file;
    private final String record;
    private final String field;
    private final String reason;

    public SeedRejected(String file, String record, String field, String reason) {
        super("Seed file " + file + " rejected, nothing from it was loaded: record " + record + ", field " + field
                + ": " + reason);
        this.file = file;
        this.record = record;
        this.field = field;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String record() {
        return record;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
