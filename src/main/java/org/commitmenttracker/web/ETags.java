package org.commitmenttracker.web;

import org.commitmenttracker.shared.refusal.InvalidField;

/** An aggregate's version as a strong ETag ("3"), and back from If-Match. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version in an If-Match header, or null when the client sent none or "*". */
    public static Long parseIfMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidField("If-Match", "must be an ETag this API returned, such as \"3\"");
        }
    }
}
