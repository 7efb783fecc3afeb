package org.commitmenttracker.recording.web;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commitmenttracker.recording.CommandBodies;
import org.commitmenttracker.recording.CommandPreconditions;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives a command endpoint its two arguments, so that no controller repeats the header handling:
 *
 * <ul>
 *   <li>{@link CommandPreconditions}: Idempotency-Key and If-Match, read and checked once per request;
 *   <li>a {@link CommandBody @CommandBody} command: the JSON body with the server's values put in, read strictly.
 * </ul>
 *
 * A new command endpoint is a method {@code (@CommandBody TheCommand command, CommandPreconditions preconditions)} that
 * hands {@code preconditions.create(command)} or {@code preconditions.update(command)} to the recorder.
 */
@Configuration(proxyBeanMethods = false)
class CommandArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    static {
        // Not a request body or parameter of its own: CommandApiDocs documents the two headers instead.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandPreconditions.class);
    }

    private static final String PRECONDITIONS = CommandArguments.class.getName() + ".preconditions";
    private static final String EXPECTED_VERSION = "expectedVersion";
    private static final MethodParameter JSON_OBJECT = jsonObjectParameter();

    private final CommandBodies bodies;
    private final ObjectProvider<RequestMappingHandlerAdapter> adapter;
    private volatile RequestResponseBodyMethodProcessor jsonBodies;

    CommandArguments(CommandBodies bodies, ObjectProvider<RequestMappingHandlerAdapter> adapter) {
        this.bodies = bodies;
        this.adapter = adapter;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CommandPreconditions.class
                || parameter.hasParameterAnnotation(CommandBody.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders)
            throws Exception {
        if (parameter.getParameterType() == CommandPreconditions.class) {
            return preconditions(request);
        }
        // Read as Spring reads any @RequestBody (content type, empty body, malformed JSON), then as a command.
        ObjectNode body = (ObjectNode) jsonBodies().resolveArgument(JSON_OBJECT, container, request, null);
        CommandPreconditions preconditions = preconditions(request);
        Class<?> type = parameter.getParameterType();
        return bodies.read(
                body,
                type,
                serverValues(type, body, preconditions, request, parameter.getParameterAnnotation(CommandBody.class)));
    }

    /** The values only the server may set, by field name; null values too, so a client's value is always replaced. */
    static Map<String, Object> serverValues(
            Class<?> type,
            ObjectNode body,
            CommandPreconditions preconditions,
            NativeWebRequest request,
            CommandBody annotation) {
        Set<String> fields = fields(type);
        Map<String, Object> values = new HashMap<>();
        pathVariables(request).forEach((name, value) -> {
            if (fields.contains(name)) {
                values.put(name, value);
            }
        });
        if (fields.contains(EXPECTED_VERSION)) {
            values.put(EXPECTED_VERSION, preconditions.expectedVersion());
        }
        String generated = annotation.generatedId();
        if (!generated.isEmpty()) {
            values.put(
                    generated, body.hasNonNull(generated) ? body.get(generated).asString() : preconditions.newId());
        }
        return values;
    }

    static Set<String> fields(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalStateException(type.getName() + " is not a record; @CommandBody takes command records");
        }
        return Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
    }

    private static CommandPreconditions preconditions(NativeWebRequest request) {
        Object parsed = request.getAttribute(PRECONDITIONS, RequestAttributes.SCOPE_REQUEST);
        if (parsed instanceof CommandPreconditions known) {
            return known;
        }
        CommandPreconditions preconditions = CommandPreconditions.of(
                request.getHeader(CommandPreconditions.IDEMPOTENCY_KEY),
                request.getHeader(CommandPreconditions.IF_MATCH));
        request.setAttribute(PRECONDITIONS, preconditions, RequestAttributes.SCOPE_REQUEST);
        return preconditions;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(NativeWebRequest request) {
        Object variables =
                request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    private RequestResponseBodyMethodProcessor jsonBodies() {
        RequestResponseBodyMethodProcessor reader = jsonBodies;
        if (reader == null) {
            reader = new RequestResponseBodyMethodProcessor(adapter.getObject().getMessageConverters());
            jsonBodies = reader;
        }
        return reader;
    }

    /** A stand-in for {@code @RequestBody ObjectNode}, the shape every command body is first read into. */
    @SuppressWarnings("unused")
    private static void jsonObject(@RequestBody ObjectNode body) {}

    private static MethodParameter jsonObjectParameter() {
        try {
            Method method = CommandArguments.class.getDeclaredMethod("jsonObject", ObjectNode.class);
            return new MethodParameter(method, 0);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
