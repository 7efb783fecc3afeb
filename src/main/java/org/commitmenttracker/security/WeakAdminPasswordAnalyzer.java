package org.commitmenttracker.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A refused TRACKER_ADMIN_PASSWORD stops the start with one line saying why, not a stack trace. */
public final class WeakAdminPasswordAnalyzer extends AbstractFailureAnalyzer<FirstAdmin.WeakAdminPassword> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstAdmin.WeakAdminPassword cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set TRACKER_ADMIN_PASSWORD to at least 12 characters (at most 72 bytes), not a common password and "
                        + "not containing the admin's username, or leave it unset to have a one-time password generated.",
                cause);
    }
}
