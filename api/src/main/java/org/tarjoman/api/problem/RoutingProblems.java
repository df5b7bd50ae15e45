package org.tarjoman.api.problem;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.jboss.logging.Logger;

/**
 * Failures of the HTTP router, before RESTEasy sees the request (a path or query with a broken
 * {@code %}-escape such as {@code ?q=%ZZ}, a body over {@code quarkus.http.limits.max-body-size}), get
 * the same problem+json body as every other error: Quarkus would end them with an empty body.
 *
 * <p>Requests the HTTP codec itself refuses never reach a router: a request line over
 * {@code quarkus.http.limits.max-initial-line-length}, headers over {@code max-header-size}, an
 * unparseable {@code Content-Length}. Vert.x answers them with an empty 414, 431 or 400 and closes the
 * connection; Quarkus 3.33 has no hook for that (quarkusio/quarkus#55082), so the limits are set high
 * enough for any real request (see application.properties).
 */
@ApplicationScoped
class RoutingProblems {

    private static final Logger LOG = Logger.getLogger(RoutingProblems.class);

    private final ObjectMapper json;

    RoutingProblems(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        // first of the failure handlers; Quarkus's own comes last and stays for what this one passes on
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            context.next();
            return;
        }
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        ProblemKind kind = ProblemKind.forStatus(status);
        String detail = switch (status) {
            case 400 -> "The request cannot be read: its path, query or headers are not valid (a broken %-escape?).";
            case 413 -> "The body is over the size limit.";
            case 500 -> {
                String incident = UUID.randomUUID().toString();
                LOG.errorf(context.failure(), "Unexpected error on %s (incident %s)", context.request().path(), incident);
                yield "An unexpected error occurred; incident " + incident + " is logged.";
            }
            default -> kind.title() + ".";
        };
        Problem problem = new Problem(kind.type(), kind.title(), status, detail, context.request().path(), null, null);
        try {
            response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.next();
        }
    }
}
