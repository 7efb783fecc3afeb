package org.commitmenttracker.recording.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commitmenttracker.recording.CommandPreconditions;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Describes every {@link CommandBody} endpoint in the OpenAPI document as a client sees it: the request schema is the
 * command record's (required fields from its validation, enums from its types) without the fields the server sets (a
 * path variable, {@code expectedVersion}), the generated id is optional, an example comes from
 * {@code openapi/examples/<Command>.json}, and the Idempotency-Key and If-Match headers are listed.
 */
@Component
@ConditionalOnWebApplication // the command lines (seeds, integrity) run without Spring MVC
class CommandApiDocs implements OpenApiCustomizer {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final String JSON = "application/json";
    private static final String SCHEMAS = "#/components/schemas/";

    private final RequestMappingHandlerMapping mappings;
    private final JsonMapper json;

    CommandApiDocs(RequestMappingHandlerMapping requestMappingHandlerMapping, JsonMapper json) {
        this.mappings = requestMappingHandlerMapping;
        this.json = json;
    }

    @Override
    public void customise(OpenAPI openApi) {
        mappings.getHandlerMethods()
                .forEach((info, method) -> commandBody(method).ifPresent(body -> describe(openApi, info, body)));
        worldDateAsWritten(openApi);
    }

    private static java.util.Optional<MethodParameter> commandBody(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters())
                .filter(parameter -> parameter.hasParameterAnnotation(CommandBody.class))
                .findFirst();
    }

    private void describe(OpenAPI openApi, RequestMappingInfo info, MethodParameter body) {
        Class<?> command = body.getParameterType();
        for (String path : info.getPatternValues()) {
            PathItem item =
                    openApi.getPaths() == null ? null : openApi.getPaths().get(path);
            if (item == null
                    || item.getPost() == null
                    || !info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            Set<String> serverSet = serverSet(path, command);
            String generated = body.getParameterAnnotation(CommandBody.class).generatedId();
            Schema<?> schema = requestSchema(openApi, command, serverSet, generated);
            Operation operation = item.getPost();
            operation.setRequestBody(new RequestBody()
                    .required(true)
                    .content(new Content()
                            .addMediaType(
                                    JSON,
                                    new MediaType()
                                            .schema(new Schema<>().$ref(SCHEMAS + schema.getName()))
                                            .example(example(command)))));
            headers(operation, path, CommandArguments.fields(command).contains("expectedVersion"));
        }
    }

    /** Path variables that are fields of the command, and the version the server takes from If-Match. */
    private static Set<String> serverSet(String path, Class<?> command) {
        Set<String> fields = CommandArguments.fields(command);
        Set<String> serverSet = new HashSet<>();
        Matcher variables = PATH_VARIABLE.matcher(path);
        while (variables.find()) {
            if (fields.contains(variables.group(1))) {
                serverSet.add(variables.group(1));
            }
        }
        if (fields.contains("expectedVersion")) {
            serverSet.add("expectedVersion");
        }
        return serverSet;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> requestSchema(OpenAPI openApi, Class<?> command, Set<String> serverSet, String generated) {
        Map<String, Schema> known =
                ModelConverters.getInstance().readAll(new AnnotatedType(command).resolveAsRef(true));
        known.forEach((name, schema) -> {
            if (openApi.getComponents().getSchemas() == null
                    || !openApi.getComponents().getSchemas().containsKey(name)) {
                openApi.getComponents().addSchemas(name, schema);
            }
        });
        Schema<?> schema = openApi.getComponents().getSchemas().get(command.getSimpleName());
        schema.setName(command.getSimpleName());
        if (schema.getProperties() != null) {
            serverSet.forEach(schema.getProperties()::remove);
        }
        List<String> required =
                schema.getRequired() == null ? new ArrayList<>() : new ArrayList<>(schema.getRequired());
        required.removeAll(serverSet);
        if (!generated.isEmpty()) {
            required.remove(generated);
            Schema<?> id = schema.getProperties().get(generated);
            if (id != null) {
                id.setDescription("Optional: generated when left out (from the Idempotency-Key, if one is sent).");
            }
        }
        schema.setRequired(required.isEmpty() ? null : required);
        return schema;
    }

    /** A world date is written "2022-01-10", "2022-01" or "2022"; the precision follows from the form if left out. */
    @SuppressWarnings("rawtypes")
    private static void worldDateAsWritten(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Schema<?> worldDate = schemas == null ? null : schemas.get("WorldDate");
        if (worldDate == null || worldDate.getProperties() == null) {
            return;
        }
        worldDate
                .getProperties()
                .put(
                        "date",
                        new StringSchema()
                                .pattern("^\\d{4}(-\\d{2}(-\\d{2})?)?$")
                                .description("A day (2022-01-10), a month (2022-01) or a year (2022)")
                                .example("2022-01-10"));
        worldDate.setRequired(List.of("date"));
    }

    private Object example(Class<?> command) {
        ClassPathResource file = new ClassPathResource("openapi/examples/" + command.getSimpleName() + ".json");
        if (!file.exists()) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return json.readValue(in, Map.class);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable example " + file.getPath(), e);
        }
    }

    private static void headers(Operation operation, String path, boolean aboutExisting) {
        List<Parameter> parameters =
                operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        // Whatever springdoc made of the command parameter besides the body is not a parameter.
        parameters.removeIf(parameter -> "query".equals(parameter.getIn()));
        // The path variables reach the command through CommandArguments, not through @PathVariable parameters.
        Matcher variables = PATH_VARIABLE.matcher(path);
        while (variables.find()) {
            String name = variables.group(1);
            if (parameters.stream().noneMatch(p -> "path".equals(p.getIn()) && name.equals(p.getName()))) {
                parameters.add(new PathParameter().name(name).required(true).schema(new StringSchema()));
            }
        }
        parameters.add(new HeaderParameter()
                .name(CommandPreconditions.IDEMPOTENCY_KEY)
                .description("Makes a retry safe: the same key with the same command replays the first answer")
                .schema(new StringSchema().maxLength(200))
                .example("4f7b6c1e-2d3a-4b5c-8d9e-0f1a2b3c4d5e"));
        if (aboutExisting) {
            parameters.add(new HeaderParameter()
                    .name(CommandPreconditions.IF_MATCH)
                    .description("The ETag of the version you saw; a newer version answers 412")
                    .schema(new StringSchema())
                    .example("\"3\""));
        }
        operation.setParameters(parameters);
    }
}
