package org.commitmenttracker.register.names;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A party's or body's name as a page in the reader's language shows it: the Russian name on Russian pages when the
 * register holds one, else the English name, else the code. Templates call it as {@code @displayNames.of(code,
 * #locale)}, so pages keep linking by code while reading in their own language.
 */
@Component("displayNames")
public class DisplayNames {

    private final JdbcClient jdbc;

    DisplayNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String of(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        boolean russian = locale != null && "ru".equals(locale.getLanguage());
        return jdbc.sql("""
                        SELECT CASE WHEN :ru THEN coalesce(name_ru, name) ELSE name END FROM (
                            SELECT name, name_ru FROM register_parties(now(), current_date) WHERE code = :code
                            UNION ALL
                            SELECT name, name_ru FROM register_bodies(now(), current_date) WHERE code = :code) names
                        LIMIT 1""")
                .param("ru", russian)
                .param("code", code)
                .query(String.class)
                .optional()
                .orElse(code);
    }
}
