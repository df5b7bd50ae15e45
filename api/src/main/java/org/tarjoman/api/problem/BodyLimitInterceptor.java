package org.tarjoman.api.problem;

import java.io.IOException;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Counts the bytes of every body as it is read, JSON, text or stream alike, and stops at one byte over
 * its endpoint's limit with a 413: what the client declared does not matter.
 */
@Provider
public class BodyLimitInterceptor implements ReaderInterceptor {

    private final BodyLimit limit;

    BodyLimitInterceptor(BodyLimit limit) {
        this.limit = limit;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object kind = context.getProperty(BodyLimitFilter.KIND);
        CountedBody body = limit.counted(kind instanceof BodyKind k ? k : BodyKind.REQUEST, context.getInputStream());
        context.setInputStream(body);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            if (body.exceeded()) {
                throw body.refusal(); // Jackson wraps what the stream threw in its own exceptions
            }
            throw e;
        }
    }
}
