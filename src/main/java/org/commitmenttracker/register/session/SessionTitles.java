package org.commitmenttracker.register.session;

import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * The title a session gets when its record names none, and the one the seeds record for every session: "CSTO-CSC
 * extraordinary session, Moscow region, Novo-Ogaryovo (videoconference), 2022-01-10". Lists and pages can then name
 * every session, however it was recorded. The form lives here only, so seeded and untitled sessions never differ.
 */
public final class SessionTitles {

    private SessionTitles() {}

    public static String generated(String body, SessionKind kind, String place, WorldDate held) {
        String session = kind == SessionKind.EXTRAORDINARY ? " extraordinary session" : " session";
        return body + session + ", " + place + ", " + (held == null ? "undated" : held);
    }

    /** The title as recorded, or the generated one when none was given. */
    public static String orGenerated(String title, String body, SessionKind kind, String place, WorldDate held) {
        return title == null || title.isBlank() ? generated(body, kind, place, held) : title;
    }
}
