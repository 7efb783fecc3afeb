package org.commitmenttracker.register.catalogue;

public final class BodyCodes {

    private BodyCodes() {}

    public static String aggregateId(String code) {
        return "body:" + code;
    }
}
