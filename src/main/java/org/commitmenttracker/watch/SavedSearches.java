package org.commitmenttracker.watch;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commitmenttracker.item.query.ItemFilter;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.DataBinder;

/**
 * A saved search is the query string of the items page: its filters and its two time axes, bound the way Spring MVC
 * binds the request, so a saved search means what the page showed.
 */
@Component
class SavedSearches {

    private static final DefaultFormattingConversionService CONVERSIONS = new DefaultFormattingConversionService();

    record Search(ItemFilter filter, TimeAxes axes) {}

    Search parse(String queryString) {
        Map<String, String> values = values(queryString);
        ItemFilter filter = bind(ItemFilter.class, values);
        try {
            filter.criteria();
        } catch (InvalidField refused) {
            throw new InvalidField("target", "the search's " + refused.field() + " " + refused.getMessage());
        }
        return new Search(filter, bind(TimeAxes.class, values));
    }

    private static <T> T bind(Class<T> type, Map<String, String> values) {
        DataBinder binder = new DataBinder(null);
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(CONVERSIONS);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> paramType) {
                String value = values.get(name);
                return value == null || value.isBlank() ? null : value;
            }

            @Override
            public java.util.Set<String> getNames() {
                return values.keySet();
            }
        });
        var errors = binder.getBindingResult();
        if (errors.hasFieldErrors()) {
            var error = errors.getFieldErrors().getFirst();
            throw new InvalidField("target", "the search's " + error.getField() + " cannot be read");
        }
        @SuppressWarnings("unchecked")
        T target = (T) binder.getTarget();
        return target;
    }

    private static Map<String, String> values(String queryString) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.putIfAbsent(name, value);
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidField("target", "is not a valid query string");
        }
    }
}
