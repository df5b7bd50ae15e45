package org.tarjoman.api.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of the OpenAPI document: what the fuzzer needs to build requests for it.
 *
 * @param parameters path, query and header parameters in the document's order
 * @param bodies     the body's media types and their schemas ({@code $ref}s resolved), in the document's order
 */
record Operation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodies) {

    record Parameter(String name, String in, JsonNode schema) {
    }

    /** Every operation of an OpenAPI 3 document, {@code $ref}s to {@code #/components/schemas} resolved. */
    static List<Operation> all(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        JsonNode schemas = document.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (method.getKey().equals("parameters")) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : iterable(path.getValue().path("parameters"), method.getValue().path("parameters"))) {
                    parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(), resolve(p.path("schema"), schemas)));
                }
                Map<String, JsonNode> bodies = new LinkedHashMap<>();
                method.getValue().path("requestBody").path("content").fields()
                        .forEachRemaining(c -> bodies.put(c.getKey(), resolve(c.getValue().path("schema"), schemas)));
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters, bodies));
            }
        }
        return operations;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    private static List<JsonNode> iterable(JsonNode first, JsonNode second) {
        List<JsonNode> all = new ArrayList<>();
        first.forEach(all::add);
        second.forEach(all::add);
        return all;
    }

    static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return resolve(schemas.path(ref.substring("#/components/schemas/".length())), schemas);
        }
        return schema;
    }
}
