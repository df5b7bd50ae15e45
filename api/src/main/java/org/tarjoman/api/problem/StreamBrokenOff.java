package org.tarjoman.api.problem;

/**
 * A failure after the answer's status and part of its body were sent. {@link ProblemMapper} throws it
 * back to RESTEasy Reactive, whose last resort closes the connection when the head is already written.
 */
final class StreamBrokenOff extends RuntimeException {

    StreamBrokenOff(String message, Throwable cause) {
        super(message, cause);
    }
}
