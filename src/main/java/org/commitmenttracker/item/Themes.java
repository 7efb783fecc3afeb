package org.commitmenttracker.item;

/** Themes are lower-case kebab tags ("border-security"), so filters and charts group them exactly. */
final class Themes {

    /** At most 60 characters; the look-ahead caps the length before the repetition runs. */
    static final String PATTERN = "(?=[a-z0-9-]{1,60}$)[a-z0-9]+(-[a-z0-9]+)*";

    static final String MESSAGE = "must be a lower-case tag of at most 60 characters, such as border-security";

    private Themes() {}
}
