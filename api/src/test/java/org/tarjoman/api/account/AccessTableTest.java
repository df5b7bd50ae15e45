package org.tarjoman.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.Identity;
import org.tarjoman.api.testing.TarjomanClient;

/**
 * Who may call what, for every operation of {@code /q/openapi}: each is asked by an anonymous caller, a
 * translator, a reviewer, a manager, an admin and a key of each single scope, and must answer 401
 * (anonymous), 403 (not allowed) or anything else (allowed; the requests name nothing that exists, so
 * nothing changes). {@link #ACCESS} states the rule of each operation: an operation without an entry
 * fails the test, so no new endpoint can be forgotten. Who may save in which task is decided after the
 * endpoint's check, in the domain ({@code TaskAccessTest}).
 */
@QuarkusTest
class AccessTableTest {

    /**
     * What an operation needs: a scope, any credential, (task work) a scope to read or write jobs, or
     * (glossary read) a scope to read jobs or memories.
     */
    enum Access { ANY, JOBS_READ, JOBS_WRITE, TASK_WORK, MEMORY_READ, MEMORY_WRITE, GLOSSARY_READ, GLOSSARY_WRITE, ADMIN }

    private static final Map<String, Access> ACCESS = new LinkedHashMap<>();

    static {
        ACCESS.put("GET /api/v1/jobs", Access.JOBS_READ);
        ACCESS.put("POST /api/v1/jobs", Access.JOBS_WRITE);
        ACCESS.put("GET /api/v1/jobs/{id}", Access.JOBS_READ);
        ACCESS.put("PUT /api/v1/jobs/{id}/tasks/{lang}", Access.TASK_WORK);
        ACCESS.put("GET /api/v1/jobs/{id}/tasks/{lang}/segments", Access.JOBS_READ);
        ACCESS.put("PUT /api/v1/jobs/{id}/tasks/{lang}/segments/{segmentId}", Access.TASK_WORK);
        ACCESS.put("GET /api/v1/jobs/{id}/tasks/{lang}/segments/{segmentId}/history", Access.JOBS_READ);
        ACCESS.put("GET /api/v1/jobs/{id}/tasks/{lang}/document", Access.JOBS_READ);
        ACCESS.put("GET /api/v1/jobs/{id}/tasks/{lang}/xliff", Access.JOBS_READ);
        ACCESS.put("PUT /api/v1/jobs/{id}/tasks/{lang}/xliff", Access.TASK_WORK);
        ACCESS.put("GET /api/v1/jobs/{id}/tasks/{lang}/tmx", Access.JOBS_READ);
        ACCESS.put("GET /api/v1/jobs/{id}/tasks/{lang}/matches", Access.JOBS_READ);
        ACCESS.put("POST /api/v1/jobs/{id}/tasks/{lang}/matches", Access.JOBS_READ);
        ACCESS.put("GET /api/v1/jobs/{id}/tasks/{lang}/concordance", Access.JOBS_READ);
        ACCESS.put("GET /api/v1/jobs/{id}/tasks/{lang}/qa", Access.JOBS_READ);
        ACCESS.put("POST /api/v1/jobs/{id}/tasks/{lang}/segments/{segmentId}/check", Access.JOBS_READ);
        ACCESS.put("GET /api/v1/jobs/{id}/tasks/{lang}/segments/{segmentId}/placeables", Access.JOBS_READ);
        ACCESS.put("GET /api/v1/jobs/{id}/tasks/{lang}/memories", Access.JOBS_READ);
        ACCESS.put("PUT /api/v1/jobs/{id}/tasks/{lang}/memories", Access.JOBS_WRITE);
        ACCESS.put("GET /api/v1/jobs/{id}/tasks/{lang}/segments/{segmentId}/terms", Access.JOBS_READ);
        ACCESS.put("POST /api/v1/jobs/{id}/tasks/{lang}/mt", Access.TASK_WORK);
        ACCESS.put("GET /api/v1/jobs/{id}/tasks/{lang}/mt", Access.JOBS_READ);
        ACCESS.put("POST /api/v1/jobs/{id}/tasks/{lang}/segments/{segmentId}/mt", Access.TASK_WORK);
        ACCESS.put("GET /api/v1/glossaries/{pair}/terms", Access.GLOSSARY_READ);
        ACCESS.put("POST /api/v1/glossaries/{pair}/terms", Access.GLOSSARY_WRITE);
        ACCESS.put("GET /api/v1/glossaries/{pair}/terms/{id}", Access.GLOSSARY_READ);
        ACCESS.put("PUT /api/v1/glossaries/{pair}/terms/{id}", Access.GLOSSARY_WRITE);
        ACCESS.put("DELETE /api/v1/glossaries/{pair}/terms/{id}", Access.GLOSSARY_WRITE);
        ACCESS.put("GET /api/v1/glossaries/{pair}/terms.csv", Access.GLOSSARY_READ);
        ACCESS.put("POST /api/v1/glossaries/{pair}/terms.csv", Access.GLOSSARY_WRITE);
        ACCESS.put("GET /api/v1/glossaries/{pair}/terms.tbx", Access.GLOSSARY_READ);
        ACCESS.put("POST /api/v1/glossaries/{pair}/terms.tbx", Access.GLOSSARY_WRITE);
        ACCESS.put("GET /api/v1/memories", Access.MEMORY_READ);
        ACCESS.put("POST /api/v1/memories", Access.MEMORY_WRITE);
        ACCESS.put("GET /api/v1/memories/{memory}", Access.MEMORY_READ);
        ACCESS.put("PATCH /api/v1/memories/{memory}", Access.MEMORY_WRITE);
        ACCESS.put("GET /api/v1/memories/{memory}/matches", Access.MEMORY_READ);
        ACCESS.put("POST /api/v1/memories/{memory}/matches", Access.MEMORY_READ);
        ACCESS.put("GET /api/v1/memories/{memory}/concordance", Access.MEMORY_READ);
        ACCESS.put("POST /api/v1/memories/{memory}/units", Access.MEMORY_WRITE);
        ACCESS.put("GET /api/v1/memories/{memory}/units/{id}", Access.MEMORY_READ);
        ACCESS.put("PUT /api/v1/memories/{memory}/units/{id}", Access.MEMORY_WRITE);
        ACCESS.put("DELETE /api/v1/memories/{memory}/units/{id}", Access.MEMORY_WRITE);
        ACCESS.put("GET /api/v1/memories/{memory}/export", Access.MEMORY_READ);
        ACCESS.put("GET /api/v1/memories/{memory}/units", Access.MEMORY_READ);
        ACCESS.put("DELETE /api/v1/memories/{memory}/units", Access.MEMORY_WRITE);
        ACCESS.put("GET /api/v1/memories/{memory}/units/{id}/history", Access.MEMORY_READ);
        ACCESS.put("POST /api/v1/memories/{memory}/replacements/preview", Access.MEMORY_WRITE);
        ACCESS.put("POST /api/v1/memories/{memory}/replacements", Access.MEMORY_WRITE);
        ACCESS.put("GET /api/v1/memories/{memory}/statistics", Access.MEMORY_READ);
        ACCESS.put("POST /api/v1/memories/{memory}/import", Access.MEMORY_WRITE);
        ACCESS.put("GET /api/v1/imports/{id}", Access.MEMORY_READ);
        ACCESS.put("GET /api/v1/imports", Access.MEMORY_READ);
        ACCESS.put("POST /api/v1/imports/{id}/cancel", Access.MEMORY_WRITE);
        ACCESS.put("POST /api/v1/segmentation", Access.ANY);
        ACCESS.put("GET /api/v1/me", Access.ANY);
        ACCESS.put("POST /api/v1/session/sign-out", Access.ANY);
        ACCESS.put("GET /api/v1/users", Access.ADMIN);
        ACCESS.put("POST /api/v1/users", Access.ADMIN);
        ACCESS.put("PUT /api/v1/users/{name}", Access.ADMIN);
        ACCESS.put("POST /api/v1/users/{name}/disable", Access.ADMIN);
        ACCESS.put("POST /api/v1/users/{name}/enable", Access.ADMIN);
        ACCESS.put("PUT /api/v1/users/{name}/password", Access.ADMIN);
        ACCESS.put("GET /api/v1/keys", Access.ADMIN);
        ACCESS.put("POST /api/v1/keys", Access.ADMIN);
        ACCESS.put("DELETE /api/v1/keys/{id}", Access.ADMIN);
        ACCESS.put("GET /api/v1/audit", Access.ADMIN);
        ACCESS.put("GET /api/v1/people", Access.TASK_WORK);
        ACCESS.put("GET /api/v1/my-work", Access.TASK_WORK);
        ACCESS.put("POST /api/v1/jobs/{id}/tasks/{lang}/reopen", Access.JOBS_WRITE);
        ACCESS.put("GET /api/v1/notifications", Access.TASK_WORK);
        ACCESS.put("POST /api/v1/notifications/{id}/read", Access.TASK_WORK);
        ACCESS.put("POST /api/v1/notifications/read-all", Access.TASK_WORK);
        // Desk: submit and deliver
        ACCESS.put("GET /api/v1/languages", Access.JOBS_READ);
        ACCESS.put("GET /api/v1/jobs/{id}/changes", Access.JOBS_READ);
        ACCESS.put("GET /api/v1/jobs/{id}/tasks/{lang}/review-document", Access.JOBS_READ);
        ACCESS.put("GET /api/v1/mt/usage", Access.JOBS_WRITE);
        // Operations: backup, export and import
        ACCESS.put("POST /api/v1/admin/backup", Access.ADMIN);
        ACCESS.put("GET /api/v1/admin/export", Access.ADMIN);
        ACCESS.put("POST /api/v1/admin/import", Access.ADMIN);
    }

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One of the callers every operation is asked by, with the scopes it holds (null: anonymous). */
    private record Caller(String name, Set<Scope> scopes, TarjomanClient person, String key) {

        RequestSpecification request() {
            if (person != null) {
                return person.request();
            }
            RequestSpecification request = NEWSROOM.anonymous();
            return key == null ? request : request.header("Authorization", "Bearer " + key);
        }

        boolean allowed(Access access) {
            return switch (access) {
                case ANY -> true;
                case TASK_WORK -> scopes.contains(Scope.JOBS_READ) || scopes.contains(Scope.JOBS_WRITE);
                case GLOSSARY_READ -> scopes.contains(Scope.JOBS_READ) || scopes.contains(Scope.MEMORY_READ);
                default -> scopes.contains(Scope.valueOf(access.name()));
            };
        }
    }

    @Test
    void shouldRefuseEveryOperationToWhoeverItsRuleLeavesOut() throws Exception {
        JsonNode openApi = JSON.readTree(NEWSROOM.get("/q/openapi?format=json").then().statusCode(200)
                .extract().asByteArray());
        Map<String, JsonNode> operations = operations(openApi);
        assertThat(new TreeSet<>(operations.keySet())).as("operations of /q/openapi; give each new one its rule in ACCESS")
                .isEqualTo(new TreeSet<>(ACCESS.keySet()));

        List<Caller> callers = callers();
        List<String> wrong = new ArrayList<>();
        operations.forEach((operation, description) -> {
            Access access = ACCESS.get(operation);
            for (Caller caller : callers) {
                int status = send(caller, operation, description).statusCode();
                String expected = caller.scopes() == null ? "401" : caller.allowed(access) ? "neither 401 nor 403" : "403";
                boolean right = caller.scopes() == null ? status == 401
                        : caller.allowed(access) ? status != 401 && status != 403 : status == 403;
                if (!right) {
                    wrong.add(operation + " by " + caller.name() + ": " + status + ", expected " + expected);
                }
            }
        });
        System.out.printf("Access table: %d operations × %d callers%n", operations.size(), callers.size());
        assertThat(wrong).isEmpty();
    }

    private static List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("anonymous", null, null, null));
        callers.add(person(Identity.translator("table-translator"), UserRole.TRANSLATOR));
        callers.add(person(Identity.reviewer("table-reviewer"), UserRole.REVIEWER));
        callers.add(person(Identity.manager("table-manager"), UserRole.MANAGER));
        callers.add(person(Identity.admin("table-admin"), UserRole.ADMIN));
        for (Scope scope : Scope.values()) {
            String key = NEWSROOM.request().contentType("application/json")
                    .body(Map.of("name", "table-" + scope.value(), "scopes", List.of(scope.value())))
                    .post("/api/v1/keys").then().statusCode(201).extract().jsonPath().getString("key");
            callers.add(new Caller("key " + scope.value(), Scope.effective(Set.of(scope)), null, key));
        }
        return callers;
    }

    private static Caller person(Identity identity, UserRole role) {
        return new Caller(identity.role() + " " + identity.user(), Scope.effective(role.scopes()), NEWSROOM.as(identity), null);
    }

    /** The operation asked about things that do not exist, with an empty body of its first media type. */
    private static Response send(Caller caller, String operation, JsonNode description) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1).replace("{id}", "999999999")
                .replace("{segmentId}", "999999999").replace("{lang}", "en").replace("{memory}", "fa-en").replace("{pair}", "fa-en")
                .replace("{name}", "nobody-here");
        RequestSpecification request = caller.request();
        Iterator<String> types = description.path("requestBody").path("content").fieldNames();
        if (types.hasNext()) {
            String type = types.next();
            request.contentType(type.startsWith("multipart/") ? type + "; boundary=x" : type)
                    .body((type.equals("application/json") ? "{}" : type.startsWith("multipart/") ? "--x--\r\n" : "")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return request.request(method, path);
    }

    private static Map<String, JsonNode> operations(JsonNode openApi) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                operations.putIfAbsent(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
        return operations;
    }
}
