package org.tarjoman.api.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.tarjoman.api.account.Principal;
import org.tarjoman.api.problem.Problem;
import org.tarjoman.api.problem.ProblemKind;

/**
 * Answers 429 {@code rate-limited} with {@code Retry-After} (whole seconds) to a caller over its
 * limit for the request's {@link RequestKind}, before the request reaches its resource.
 */
public class RateLimitFilter {

    private final RateLimiter limiter;
    private final SecurityIdentity identity;

    RateLimitFilter(RateLimiter limiter, SecurityIdentity identity) {
        this.limiter = limiter;
        this.identity = identity;
    }

    @ServerRequestFilter
    public Optional<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        Optional<RequestKind> kind = RequestKind.of(request.getMethod(), path);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        SocketAddress client = http.remoteAddress();
        Principal principal = identity.isAnonymous() ? null : identity.getAttribute(Principal.ATTRIBUTE);
        String caller = CallerKey.of(principal, client == null ? null : client.hostAddress());
        return limiter.take(kind.get(), caller).map(refusal -> tooMany(refusal, path));
    }

    private static Response tooMany(RateLimiter.Refusal refusal, String path) {
        long seconds = Math.max(1, (refusal.retryAfter().toMillis() + 999) / 1000);
        ProblemKind kind = ProblemKind.RATE_LIMITED;
        String detail = "More than " + refusal.limit() + " " + refusal.kind().plural() + " per " + describe(refusal.period())
                + " from this caller; send again in " + seconds + " s.";
        Problem problem = new Problem(kind.type(), kind.title(), kind.status(), detail, path, null,
                Map.of("retryAfter", seconds));
        return Response.status(kind.status()).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, seconds)
                .entity(problem).build();
    }

    private static String describe(Duration period) {
        long seconds = period.toSeconds();
        if (seconds > 0 && seconds % 3600 == 0) {
            return seconds == 3600 ? "hour" : seconds / 3600 + " hours";
        }
        if (seconds > 0 && seconds % 60 == 0) {
            return seconds == 60 ? "minute" : seconds / 60 + " minutes";
        }
        return period.toMillis() + " ms";
    }
}
