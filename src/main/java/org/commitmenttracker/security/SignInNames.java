package org.commitmenttracker.security;

/**
 * The one normalisation of a typed username, shared by sign-in (form and HTTP Basic) and the sign-in limits: if the
 * limiter keyed "admin " apart from "admin" while sign-in found the same account for both, a trailing space would buy a
 * fresh set of attempts.
 */
final class SignInNames {

    private SignInNames() {}

    /** Leading and trailing white space and control characters removed; null stays null. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        int start = 0;
        int end = typed.length();
        while (start < end && ignorable(typed.charAt(start))) {
            start++;
        }
        while (end > start && ignorable(typed.charAt(end - 1))) {
            end--;
        }
        return typed.substring(start, end);
    }

    private static boolean ignorable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }
}
