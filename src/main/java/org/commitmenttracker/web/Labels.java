package org.commitmenttracker.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Interface words for codes held in the data (statuses, kinds, stances), in the page's language. */
@Component
public class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of {@code prefix.code}, e.g. status.IN_IMPLEMENTATION; the code itself when there is none. */
    public String of(String prefix, String code) {
        return code == null
                ? ""
                : messages.getMessage(prefix + "." + code, null, code, LocaleContextHolder.getLocale());
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
