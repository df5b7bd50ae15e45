package org.tarjoman.api.problem;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.jboss.logging.Logger;

/**
 * Failures of the HTTP router, before RESTEasy sees the request (a path whose {@code %}-escapes are no
 * UTF-8, a body over {@code quarkus.http.limits.max-body-size}, a session or key that is refused), get
 * the same problem+json body as every other error: Quarkus would end them with an empty body (and
 * form sign-in's challenge with a redirect).
 *
 * <p>Three kinds of request never reach a router, and are answered with an empty body by the layers
 * below it, which have no hook in Quarkus 3.33 (quarkusio/quarkus#55082):
 * <ul>
 *   <li>what the HTTP codec refuses: a request line over {@code quarkus.http.limits.max-initial-line-length}
 *       (414), headers over {@code max-header-size} (431), an unparseable {@code Content-Length} (400);
 *       the line limit is set high enough for any real request (application.properties);</li>
 *   <li>a target that is no valid URI ({@code ?q=%ZZ}, a bare {@code %}, a raw space): Quarkus's first
 *       handler checks it with {@code java.net.URI} and answers 400. Only the JVM-wide
 *       {@code -Dvertx.disableURIValidation=true} turns that check off, and it stays on.</li>
 * </ul>
 */
@ApplicationScoped
class RoutingProblems {

    private static final Logger LOG = Logger.getLogger(RoutingProblems.class);

    private final ObjectMapper json;
    private final HttpProblems problems;

    RoutingProblems(ObjectMapper json, HttpProblems problems) {
        this.json = json;
        this.problems = problems;
    }

    /** Statuses the router gives itself, without a failure handler: a request it cannot even match. */
    private static final int[] UNHANDLED = {400, 413, 500};

    void install(@Observes Router router) {
        // first of the failure handlers; Quarkus's own comes last and stays for what this one passes on
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
        // a path or query that cannot be decoded fails while routes are matched, before any failure handler
        for (int status : UNHANDLED) {
            router.errorHandler(status, this::answer);
        }
    }

    private void answer(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            context.next();
            return;
        }
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationFailedException && response.getStatusCode() == 302
                && response.headers().contains(HttpHeaders.LOCATION)) {
            response.end(); // a failed form sign-in, sent back to the sign-in page
            return;
        }
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            problems.unauthenticated(context, failure instanceof AuthenticationFailedException
                    ? "The session or API key is not valid (signed out, expired, disabled or revoked): sign in again."
                    : "Sign in, or send an API key as 'Authorization: Bearer <key>'.");
            return;
        }
        if (failure instanceof ForbiddenException) {
            problems.forbidden(context, "Your roles or the key's scopes do not allow this.");
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
