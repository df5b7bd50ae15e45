package org.tarjoman.api.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds requests for an {@link Operation} from its OpenAPI description, seeded: first a valid one
 * (examples, defaults, enumerations, the {@link Fixtures}' ids), then, mostly, one mutation of it:
 * a field with a value of the wrong type, too long, with NUL, a lone surrogate or markup; a query or
 * path parameter that is no number, huge, or badly %-encoded; an odd or unparseable header; body
 * bytes truncated, replaced or made invalid UTF-8; a broken multipart body; a TMX or XLIFF file made
 * invalid in its encoding, characters or lengths.
 */
final class RequestMaker {

    /** A request as sent, and which mutation made it. */
    record FuzzRequest(Operation operation, String mutation, String method, String target,
                       List<Map.Entry<String, String>> headers, byte[] body) {

        @Override
        public String toString() {
            String shown = target.length() > 160 ? target.substring(0, 160) + "…(" + target.length() + ")" : target;
            return mutation + ": " + method + " " + shown;
        }
    }

    enum Mutation { VALID, FIELD, QUERY, PATH, HEADER, BYTES, MULTIPART, FILE }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "tarjoman-fuzz-boundary";
    private static final String PERSIAN_WORD = "سفیر";

    /** JSON values of every kind a field should not get, as JSON text (so a lone surrogate stays one). */
    private static final List<String> BAD_JSON_VALUES = List.of(
            "null", "true", "0", "-1", "2147483648", "-9223372036854775809", "9223372036854775808", "1e309", "-0.0",
            "3.5", "[]", "{}", "[[[[[[[[[[]]]]]]]]]]", "{\"a\":{\"b\":{\"c\":[1,{\"d\":null}]}}}", "\"\"", "\" \"",
            "\"\\u0000\"", "\"a\\u0001b\"", "\"\\ud800\"", "\"x\\udc00y\"", "\"\\uffff\"", "\"<script>x</script>\"",
            "\"&\"", "\"</g>\"", "\"<g id=\\\"1\\\">\"", "\"&#1;\"", "\"&#xD800;\"", "\"${jndi:ldap://x}\"", "\"{max}\"",
            "\"+300000-01-01T00:00:00Z\"", "\"1969-07-20T20:17:40Z\"", "\"2026-13-45T99:99:99Z\"", "\"ftp://x/\"",
            "\"http://exa mple.com/\"", "\"en\\r\\nX-Injected: 1\"");
    private static final int[] LENGTHS = {256, 501, 2001, 20_001, 30_000};
    /*
     * Targets stay valid URI syntax (no bare '%', no '%ZZ', no space): Quarkus refuses any other with an
     * empty 400 before the application sees it (see RoutingProblems); what it lets through must be answered.
     */
    private static final List<String> BAD_QUERY_VALUES = List.of(
            "abc", "", "-1", "0", "99999999999", "2147483648", "1073741824", "2147483647", "1e99", "%C3%28", "%FF",
            "%00", "%0D%0A", "true", "%D8%B3%DB%8C", "a%20b", "%25ZZ");
    private static final List<String> BAD_PATH_VALUES = List.of(
            "abc", "-1", "0", "99999999999999999999", "%00", "%C3%28", "%FF", "..%2F..%2Fetc", "%2F", "%D8%B3", "%20",
            "fa-en%00", "%20fa-en", "fa-en-ru", "FA-EN", "en%0D%0A", "1.5", "0x10", "%25ZZ");
    private static final List<String> CONTENT_TYPES = List.of(
            ";;;", "text/", "/json", "application/json; charset=klingon", "application/json;;", "multipart/form-data",
            "multipart/form-data; boundary=", "multipart/form-data; boundary=\"open", "application/x-www-form-urlencoded",
            "*/*", "application/xml", "text/plain; charset=UTF-16", "application/problem+json", "text/html",
            "application/x-tmx+xml", "application/xliff+xml; version=9");
    private static final List<String> ACCEPTS = List.of(
            ";;;==", "text/", "application/json;q=abc", "*/*;q=0", "image/png", "application/xml", "text/*", "*/*",
            "application/json, text/plain;q=0.5");

    private final SplittableRandom random;
    private final Fixtures fixtures;
    private final JsonNode schemas;

    RequestMaker(long seed, Fixtures fixtures, JsonNode schemas) {
        this.random = new SplittableRandom(seed);
        this.fixtures = fixtures;
        this.schemas = schemas;
    }

    FuzzRequest next(Operation operation) {
        Mutation mutation = mutation(operation);
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Operation.Parameter p : operation.parameters()) {
            switch (p.in()) {
                case "path" -> path.put(p.name(), encode(pathValue(operation, p.name())));
                case "query" -> {
                    if (random.nextInt(3) > 0) {
                        query.put(p.name(), encode(queryValue(p)));
                    }
                }
                case "header" -> headers.add(Map.entry(p.name(), headerValue(p.name())));
                default -> { }
            }
        }
        String mediaType = operation.bodies().isEmpty() ? null
                : new ArrayList<>(operation.bodies().keySet()).get(random.nextInt(operation.bodies().size()));
        byte[] body = mediaType == null ? null : body(operation, mediaType);
        String contentType = mediaType == null ? null
                : mediaType.startsWith("multipart/") ? mediaType + "; boundary=" + BOUNDARY : mediaType;
        String detail = mutation.name();
        switch (mutation) {
            case FIELD -> {
                String field = mediaType != null && mediaType.equals("application/json") ? anyField(operation.bodies().get(mediaType)) : null;
                if (field != null) {
                    String value = badJsonValue();
                    body = json(operation.bodies().get(mediaType), field, value).getBytes(StandardCharsets.UTF_8);
                    detail += " " + field + "=" + abbreviate(value);
                } else if (!query.isEmpty()) {
                    detail = mutateQuery(query);
                }
            }
            case QUERY -> detail = mutateQuery(query);
            case PATH -> {
                String name = new ArrayList<>(path.keySet()).get(random.nextInt(path.size()));
                String value = random.nextInt(6) == 0 ? encode("ک".repeat(2_000)) : pick(BAD_PATH_VALUES);
                path.put(name, value);
                detail += " " + name + "=" + abbreviate(value);
            }
            case HEADER -> {
                int which = random.nextInt(4);
                if (which == 0 || which == 1 && mediaType == null) {
                    contentType = pick(CONTENT_TYPES);
                    detail += " Content-Type: " + contentType;
                } else if (which == 1) {
                    headers.add(Map.entry("Accept", pick(ACCEPTS)));
                    detail += " Accept";
                } else {
                    String credential = pick(List.of("Bearer ", "Bearer tjk_" + "a".repeat(43), "Bearer \u00e9\u00f8\u0085",
                            "bearer\tx", "Basic YWRtaW46YWRtaW4=", "Bearer " + "x".repeat(4_000), "Negotiate", ""));
                    headers.add(Map.entry("Authorization", credential));
                    detail += " Authorization(" + credential.length() + ")";
                }
            }
            case BYTES -> {
                body = mutateBytes(body == null ? "{}".getBytes(StandardCharsets.UTF_8) : body);
                if (contentType == null) {
                    contentType = "application/json";
                }
            }
            case MULTIPART -> {
                body = brokenMultipart(operation);
                contentType = random.nextInt(4) == 0 ? "multipart/form-data" : "multipart/form-data; boundary=" + BOUNDARY;
            }
            case FILE -> body = badFile(operation);
            case VALID -> { }
        }
        if (contentType != null) {
            headers.add(Map.entry("Content-Type", contentType));
        }
        return new FuzzRequest(operation, detail, operation.method(), target(operation.path(), path, query), headers,
                body == null && !operation.method().equals("GET") && !operation.method().equals("DELETE") ? new byte[0] : body);
    }

    private Mutation mutation(Operation operation) {
        boolean hasBody = !operation.bodies().isEmpty();
        boolean multipart = operation.bodies().containsKey("multipart/form-data");
        boolean files = operation.bodies().keySet().stream().anyMatch(t -> t.contains("xml"));
        while (true) {
            Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
            boolean applies = switch (m) {
                case BYTES -> hasBody;
                case MULTIPART -> multipart;
                case FILE -> files;
                case PATH -> operation.path().contains("{");
                case QUERY -> operation.parameters().stream().anyMatch(p -> p.in().equals("query"));
                default -> true;
            };
            if (applies) {
                return m;
            }
        }
    }

    // ---- valid values ------------------------------------------------------------------------

    private String pathValue(Operation operation, String name) {
        return switch (name) {
            case "id" -> operation.path().startsWith("/api/v1/imports") ? fixtures.importId()
                    : operation.path().startsWith("/api/v1/keys") ? Long.toString(fixtures.keyId())
                    : operation.path().contains("/units/") ? Long.toString(fixtures.unitId()) : Long.toString(fixtures.jobId());
            case "name" -> Fixtures.USER;
            case "lang" -> Fixtures.LANGUAGE;
            case "memory" -> Fixtures.MEMORY;
            case "pair" -> pick(List.of("fa-en", "fa-ru"));
            case "segmentId" -> Long.toString(fixtures.segmentIds().get(random.nextInt(fixtures.segmentIds().size())));
            default -> "1";
        };
    }

    private String queryValue(Operation.Parameter p) {
        JsonNode schema = p.schema();
        if (schema.has("default")) {
            return schema.get("default").asText();
        }
        return switch (schema.path("type").asText()) {
            case "integer" -> Integer.toString(schema.path("minimum").asInt(0) + random.nextInt(5));
            case "boolean" -> random.nextBoolean() ? "true" : "false";
            default -> switch (p.name()) {
                case "status" -> pick(List.of("OPEN", "DRAFT", "NEW", "DONE", "TRANSLATED"));
                case "language" -> pick(List.of("fa", "en", "ru"));
                case "side" -> pick(List.of("source", "target"));
                case "version" -> pick(List.of("1.2", "2.1"));
                default -> PERSIAN_WORD;
            };
        };
    }

    private String headerValue(String name) {
        return "fuzz-" + random.nextInt(3);
    }

    private byte[] body(Operation operation, String mediaType) {
        return switch (mediaType) {
            case "application/json" -> json(operation.bodies().get(mediaType), null, null).getBytes(StandardCharsets.UTF_8);
            case "text/plain" -> fixtures.article().getBytes(StandardCharsets.UTF_8);
            case "text/html" -> ("<h1>" + PERSIAN_WORD + "</h1><p>" + fixtures.article() + "</p>").getBytes(StandardCharsets.UTF_8);
            case "multipart/form-data" -> multipart(operation, operation.bodies().get(mediaType), false);
            default -> file(operation).getBytes(StandardCharsets.UTF_8);
        };
    }

    private String file(Operation operation) {
        return operation.path().contains("/xliff") ? fixtures.xliff() : fixtures.tmx();
    }

    /** The object's JSON with every required field and some optional ones; {@code field}, if given, set to {@code raw}. */
    private String json(JsonNode schema, String field, String raw) {
        StringBuilder out = new StringBuilder("{");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            if (!name.equals(field) && !required.contains(name) && random.nextInt(3) == 0) {
                continue;
            }
            out.append(out.length() > 1 ? "," : "").append(quote(name)).append(':')
                    .append(name.equals(field) ? raw : value(name, Operation.resolve(property.getValue(), schemas)));
        }
        return out.append('}').toString();
    }

    private String value(String name, JsonNode schema) {
        if (schema.has("examples") && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0).toString();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).toString();
        }
        return switch (name) {
            case "version" -> Integer.toString(random.nextInt(3));
            case "status" -> quote(pick(List.of("DRAFT", "TRANSLATED", "REVIEWED")));
            case "targetLanguages" -> "[\"en\",\"ru\"]";
            case "sourceLanguage", "language" -> "\"fa\"";
            case "format" -> "\"text\"";
            case "threshold" -> "70";
            case "limit" -> "5";
            default -> switch (schema.path("type").asText()) {
                case "integer", "number" -> Integer.toString(random.nextInt(100));
                case "boolean" -> "true";
                case "array" -> "[" + value(name, Operation.resolve(schema.path("items"), schemas)) + "]";
                case "object" -> json(schema, null, null);
                default -> schema.path("format").asText().equals("date-time") ? "\"2026-12-01T12:00:00Z\""
                        : quote(PERSIAN_WORD + " " + random.nextInt(1_000));
            };
        };
    }

    private byte[] multipart(Operation operation, JsonNode schema, boolean broken) {
        StringBuilder out = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            out.append("--").append(BOUNDARY).append("\r\n");
            if (property.getValue().path("format").asText().equals("binary")) {
                String fileName = operation.path().contains("/xliff") ? "task.xlf"
                        : operation.path().contains("/import") ? "memory.tmx" : "article.txt";
                out.append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"")
                        .append(broken ? "x".repeat(300) + ".tmx" : fileName).append("\"\r\n")
                        .append("Content-Type: application/octet-stream\r\n\r\n")
                        .append(fileName.endsWith(".txt") ? fixtures.article() : file(operation)).append("\r\n");
            } else {
                String value = switch (name) {
                    case "targetLanguages" -> "en,ru";
                    case "dueAt" -> "2026-12-01T12:00:00Z";
                    case "callbackUrl" -> "https://newsroom.example/hooks/tarjoman";
                    default -> PERSIAN_WORD;
                };
                out.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n");
            }
        }
        out.append("--").append(BOUNDARY).append("--\r\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- mutations ---------------------------------------------------------------------------

    private String badJsonValue() {
        if (random.nextInt(4) == 0) {
            int length = LENGTHS[random.nextInt(LENGTHS.length)];
            return quote((random.nextBoolean() ? "a" : "ک").repeat(length));
        }
        return pick(BAD_JSON_VALUES);
    }

    private String mutateQuery(Map<String, String> query) {
        String value = random.nextInt(8) == 0 ? encode(PERSIAN_WORD.repeat(250)) : pick(BAD_QUERY_VALUES);
        List<String> names = new ArrayList<>(query.keySet());
        String name = names.isEmpty() || random.nextInt(5) == 0 ? pick(List.of("page", "size", "limit", "unknown"))
                : names.get(random.nextInt(names.size()));
        query.put(name, value);
        return "QUERY " + name + "=" + abbreviate(value);
    }

    private byte[] mutateBytes(byte[] valid) {
        return switch (random.nextInt(7)) {
            case 0 -> java.util.Arrays.copyOf(valid, random.nextInt(valid.length + 1));
            case 1 -> {
                byte[] noise = new byte[random.nextInt(1, 300)];
                random.nextBytes(noise);
                yield noise;
            }
            case 2 -> splice(valid, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
            case 3 -> new byte[0];
            case 4 -> pick(List.of("[1,2]", "null", "\"text\"", "{\"a\":1,\"a\":2}", "{/* */}", "{\"x\":NaN}",
                    "[".repeat(40) + "]".repeat(40))).getBytes(StandardCharsets.UTF_8);
            case 5 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid);
            default -> {
                byte[] flipped = valid.clone();
                if (flipped.length > 0) {
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                }
                yield flipped;
            }
        };
    }

    private byte[] brokenMultipart(Operation operation) {
        byte[] valid = multipart(operation, operation.bodies().get("multipart/form-data"), random.nextInt(3) == 0);
        return switch (random.nextInt(5)) {
            case 0 -> java.util.Arrays.copyOf(valid, valid.length / 2); // never closes
            case 1 -> new String(valid, StandardCharsets.UTF_8).replace(BOUNDARY, "other-boundary").getBytes(StandardCharsets.UTF_8);
            case 2 -> ("--" + BOUNDARY + "\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--" + BOUNDARY + "--\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            case 3 -> new byte[0];
            default -> valid;
        };
    }

    private byte[] badFile(Operation operation) {
        String file = file(operation);
        String marker = operation.path().contains("/xliff") ? "<target>" : "<seg>";
        int at = file.lastIndexOf(marker) < 0 ? 0 : file.lastIndexOf(marker) + marker.length();
        return switch (random.nextInt(7)) {
            case 0 -> splice(file.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28});
            case 1 -> file.substring(0, file.length() / 2).getBytes(StandardCharsets.UTF_8);
            case 2 -> ("<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                    + "<tmx version=\"1.4\"><body>&b;</body></tmx>").getBytes(StandardCharsets.UTF_8);
            case 3 -> (file.substring(0, at) + "&#1;" + file.substring(at))
                    .replaceFirst("<\\?xml version=\"1.0\"", "<?xml version=\"1.1\"").getBytes(StandardCharsets.UTF_8);
            case 4 -> (file.substring(0, at) + "ش".repeat(25_000) + file.substring(at)).getBytes(StandardCharsets.UTF_8);
            case 5 -> (file.substring(0, at) + "&lt;script&gt;x&lt;/script&gt;" + file.substring(at))
                    .replace("<tu>", "<tu creationid=\"" + "n".repeat(300) + "\">").getBytes(StandardCharsets.UTF_8);
            default -> new byte[] {'<'};
        };
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static String target(String template, Map<String, String> path, Map<String, String> query) {
        String target = template;
        for (Map.Entry<String, String> p : path.entrySet()) {
            target = target.replace("{" + p.getKey() + "}", p.getValue());
        }
        StringBuilder q = new StringBuilder();
        query.forEach((name, value) -> q.append(q.length() == 0 ? "?" : "&").append(name).append('=').append(value));
        return target + q;
    }

    private String anyField(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? null : names.get(random.nextInt(names.size()));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private byte[] splice(byte[] valid, byte[] bad) {
        int at = valid.length == 0 ? 0 : random.nextInt(valid.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(valid, 0, at);
        out.writeBytes(bad);
        out.write(valid, at, valid.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
    }
}
