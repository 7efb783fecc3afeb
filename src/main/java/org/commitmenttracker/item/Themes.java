package org.commitmenttracker.item;

/** Themes are lower-case kebab tags ("border-security"), so filters and charts group them exactly. */
final class Themes {

    static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String MESSAGE = "must be a lower-case tag such as border-security";

    private Themes() {
    }
}
