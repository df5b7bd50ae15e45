package org.tarjoman.api.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The kind of body an endpoint takes, and so its size limit (see {@link BodyKind}); an endpoint without
 * it takes a {@link BodyKind#REQUEST}. {@link BodyLimitFilter} refuses a larger declared length before the
 * body is read and {@link BodyLimitInterceptor} counts the bytes actually read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface LimitedBody {

    BodyKind value() default BodyKind.ARTICLE;
}
