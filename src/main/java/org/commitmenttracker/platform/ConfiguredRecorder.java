package org.commitmenttracker.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Until sign-in exists, every fact is recorded under one configured name. */
@Component
class ConfiguredRecorder implements Recorder {

    private final String defaultName;

    ConfiguredRecorder(@Value("${tracker.recorder.default-name:monitor}") String defaultName) {
        this.defaultName = defaultName;
    }

    @Override
    public String currentName() {
        return defaultName;
    }
}
