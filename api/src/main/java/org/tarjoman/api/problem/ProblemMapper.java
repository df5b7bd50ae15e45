package org.tarjoman.api.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;
import org.tarjoman.api.account.AccountConflict;
import org.tarjoman.api.account.InvalidAccountRequest;
import org.tarjoman.api.account.UnknownAccount;
import org.tarjoman.api.job.CallbackRefused;
import org.tarjoman.api.job.InvalidJobRequest;
import org.tarjoman.api.job.InvalidTranslation;
import org.tarjoman.api.glossary.DuplicateTerm;
import org.tarjoman.api.glossary.InvalidGlossaryFile;
import org.tarjoman.api.glossary.InvalidTerm;
import org.tarjoman.api.glossary.UnknownGlossary;
import org.tarjoman.api.glossary.UnknownTerm;
import org.tarjoman.api.glossary.file.EmptyGlossary;
import org.tarjoman.api.job.JobNotFound;
import org.tarjoman.api.job.StaleVersion;
import org.tarjoman.api.job.StatusMoveRefused;
import org.tarjoman.api.job.TaskAccessRefused;
import org.tarjoman.api.job.TaskClosed;
import org.tarjoman.api.job.TaskCompletionRefused;
import org.tarjoman.api.job.TaskFinished;
import org.tarjoman.api.job.TaskIncomplete;
import org.tarjoman.api.job.mt.MtUnavailable;
import org.tarjoman.api.job.xliff.InvalidXliff;
import org.tarjoman.api.job.xliff.UnreadableBody;
import org.tarjoman.api.memory.InvalidMemoryRequest;
import org.tarjoman.api.memory.DuplicateUnit;
import org.tarjoman.api.memory.MemoryExists;
import org.tarjoman.api.memory.ImportFinished;
import org.tarjoman.api.memory.MemoryReadOnly;
import org.tarjoman.api.memory.UnknownImport;
import org.tarjoman.api.memory.UnknownMemory;
import org.tarjoman.core.EmptyArticleException;
import org.tarjoman.core.UnsupportedLanguageException;
import org.tarjoman.core.docx.DocxTooLarge;
import org.tarjoman.core.docx.UnreadableDocx;
import org.tarjoman.core.limits.DocumentLimitExceeded;
import org.tarjoman.memory.tmx.TmxFormatException;
import org.tarjoman.memory.tmx.TmxLanguageException;

/**
 * The single place where exceptions become HTTP answers: every error leaves as
 * {@code application/problem+json}, and nothing internal (stack trace, class name) leaks.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    /** RESTEasy Reactive's handler that reads a form body with its parsers before the endpoint is called. */
    private static final String FORM_READING = "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler";

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Problem problem = new Problem(e.kind().type(), e.kind().title(), e.kind().status(), e.getMessage(), uri.getPath(),
                null, e.extensions());
        return Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response emptyArticle(EmptyArticleException e, UriInfo uri) {
        return respond(ProblemKind.EMPTY_ARTICLE, e.getMessage(), uri, null);
    }

    // Desk: Word articles
    @ServerExceptionMapper
    public Response unreadableDocx(UnreadableDocx e, UriInfo uri) {
        return respond(ProblemKind.INVALID_DOCX, e.getMessage() + " Nothing was created.", uri, null);
    }

    @ServerExceptionMapper
    public Response docxTooLarge(DocxTooLarge e, UriInfo uri) {
        return respond(ProblemKind.PAYLOAD_TOO_LARGE, e.getMessage() + " Nothing was created.", uri, null);
    }

    @ServerExceptionMapper
    public Response unsupportedLanguage(UnsupportedLanguageException e, UriInfo uri) {
        return respond(ProblemKind.UNSUPPORTED_LANGUAGE, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response malformedTmx(TmxFormatException e, UriInfo uri) {
        return respond(ProblemKind.MALFORMED_BODY, "The TMX cannot be read (" + e.getMessage()
                + "); nothing was imported.", uri, null);
    }

    @ServerExceptionMapper
    public Response tmxLanguages(TmxLanguageException e, UriInfo uri) {
        return respond(ProblemKind.UNSUPPORTED_LANGUAGE, e.getMessage() + "; nothing was imported.", uri, null);
    }

    @ServerExceptionMapper
    public Response jobNotFound(JobNotFound e, UriInfo uri) {
        return problem(ProblemKind.NOT_FOUND, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersion e, UriInfo uri) {
        return problem(ProblemKind.EDIT_CONFLICT, e.getMessage(), uri, Map.of("current", e.current()));
    }

    @ServerExceptionMapper
    public Response statusMove(StatusMoveRefused e, UriInfo uri) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (e.from() != null) {
            extensions.put("from", e.from().name());
        }
        extensions.put("allowed", e.allowed().stream().sorted().map(Enum::name).toList());
        return problem(ProblemKind.STATUS_MOVE, e.getMessage(), uri, extensions);
    }

    @ServerExceptionMapper
    public Response taskClosed(TaskClosed e, UriInfo uri) {
        return problem(ProblemKind.CONFLICT, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response taskFinished(TaskFinished e, UriInfo uri) {
        return problem(ProblemKind.CONFLICT, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response invalidTranslation(InvalidTranslation e, UriInfo uri) {
        return problem(ProblemKind.VALIDATION, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response incomplete(TaskIncomplete e, UriInfo uri) {
        return problem(ProblemKind.INCOMPLETE, e.getMessage(), uri, Map.of("untranslated", e.untranslated()));
    }

    @ServerExceptionMapper
    public Response completionRefused(TaskCompletionRefused e, UriInfo uri) {
        return switch (e.reason()) {
            case NOT_REVIEWED -> problem(ProblemKind.INCOMPLETE, e.getMessage(), uri, Map.of("unreviewed", e.count()));
            case QA_ERRORS -> problem(ProblemKind.QA_ERRORS, e.getMessage(), uri, Map.of("errors", e.count()));
        };
    }

    @ServerExceptionMapper
    public Response invalidJob(InvalidJobRequest e, UriInfo uri) {
        ProblemKind kind = switch (e.reason()) {
            case INVALID_FIELD -> ProblemKind.VALIDATION;
            case UNSUPPORTED_FORMAT -> ProblemKind.UNSUPPORTED_FORMAT;
            case UNSUPPORTED_LANGUAGE -> ProblemKind.UNSUPPORTED_LANGUAGE;
        };
        return problem(kind, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response callbackRefused(CallbackRefused e, UriInfo uri) {
        return problem(ProblemKind.CALLBACK_REFUSED, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response invalidXliff(InvalidXliff e, UriInfo uri) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (e.unit() != null) {
            extensions.put("unit", e.unit());
        }
        if (e.line() > 0) {
            extensions.put("line", e.line());
        }
        return problem(ProblemKind.INVALID_XLIFF, e.getMessage(), uri, extensions);
    }

    @ServerExceptionMapper
    public Response unreadableBody(UnreadableBody e, UriInfo uri) {
        return problem(ProblemKind.BAD_REQUEST, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response unknownMemory(UnknownMemory e, UriInfo uri) {
        return problem(ProblemKind.NOT_FOUND, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response readOnlyMemory(MemoryReadOnly e, UriInfo uri) {
        return problem(ProblemKind.READ_ONLY_MEMORY, e.getMessage(), uri, Map.of("memory", e.memory().value()));
    }

    @ServerExceptionMapper
    public Response memoryExists(MemoryExists e, UriInfo uri) {
        return problem(ProblemKind.CONFLICT, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response unknownGlossary(UnknownGlossary e, UriInfo uri) {
        return problem(ProblemKind.NOT_FOUND, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response emptyGlossary(EmptyGlossary e, UriInfo uri) {
        return problem(ProblemKind.NOT_FOUND, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response unknownTerm(UnknownTerm e, UriInfo uri) {
        return problem(ProblemKind.NOT_FOUND, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response invalidTerm(InvalidTerm e, UriInfo uri) {
        return problem(ProblemKind.VALIDATION, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response duplicateTerm(DuplicateTerm e, UriInfo uri) {
        return problem(ProblemKind.DUPLICATE_TERM, e.getMessage(), uri, Map.of("termId", e.existing()));
    }

    @ServerExceptionMapper
    public Response invalidGlossaryFile(InvalidGlossaryFile e, UriInfo uri) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (e.line() > 0) {
            extensions.put("line", e.line());
        }
        return problem(ProblemKind.INVALID_GLOSSARY_FILE, e.getMessage() + " Nothing was imported.", uri, extensions);
    }

    @ServerExceptionMapper
    public Response duplicateUnit(DuplicateUnit e, UriInfo uri) {
        return problem(ProblemKind.DUPLICATE_UNIT, e.getMessage(), uri, Map.of("unitId", e.existing()));
    }

    @ServerExceptionMapper
    public Response invalidMemoryRequest(InvalidMemoryRequest e, UriInfo uri) {
        return problem(ProblemKind.BAD_REQUEST, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response taskAccess(TaskAccessRefused e, UriInfo uri) {
        return problem(ProblemKind.FORBIDDEN, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response unknownAccount(UnknownAccount e, UriInfo uri) {
        return problem(ProblemKind.NOT_FOUND, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response accountConflict(AccountConflict e, UriInfo uri) {
        return problem(ProblemKind.CONFLICT, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response invalidAccount(InvalidAccountRequest e, UriInfo uri) {
        return problem(ProblemKind.VALIDATION, e.getMessage(), uri, Map.of());
    }

    /** Declared here so they win over Quarkus' own mappers, which answer with an empty body or a redirect. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(ProblemKind.UNAUTHENTICATED, "Sign in, or send an API key as "
                + "'Authorization: Bearer <key>'.", uri, Map.of())).header("WWW-Authenticate", "Bearer realm=\"tarjoman\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(ProblemKind.FORBIDDEN, "Your roles or the key's scopes do not allow " + uri.getPath() + ".", uri,
                Map.of());
    }

    @ServerExceptionMapper
    public Response mtUnavailable(MtUnavailable e, UriInfo uri) {
        boolean configured = e.reason() == MtUnavailable.Reason.ENGINE_FAILED;
        return problem(configured ? ProblemKind.MT_FAILED : ProblemKind.MT_NOT_CONFIGURED, e.getMessage(), uri,
                e.engine() == null ? Map.of() : Map.of("engine", e.engine()));
    }

    // Limits on what a request may cost (sizes of bodies are ApiExceptions from BodyLimit).

    @ServerExceptionMapper
    public Response documentLimit(DocumentLimitExceeded e, UriInfo uri) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("limit", e.limit().key());
        extensions.put("max", e.limit().max());
        if (e.line() > 0) {
            extensions.put("line", e.line());
        }
        return problem(ProblemKind.LIMIT_EXCEEDED, "The document is refused, " + e.getMessage() + "; nothing was changed.",
                uri, extensions);
    }

    /** Jackson's own limits (StreamReadConstraints): nesting depth, and lengths of numbers, strings and names. */
    @ServerExceptionMapper
    public Response jsonLimit(StreamConstraintsException e, UriInfo uri) {
        boolean nesting = String.valueOf(e.getOriginalMessage()).contains("nesting depth");
        int depth = StreamReadConstraints.defaults().getMaxNestingDepth();
        return problem(ProblemKind.LIMIT_EXCEEDED, nesting ? "The JSON body is nested deeper than " + depth + " levels."
                        : "The JSON body has a number, string or name longer than the parser takes.", uri,
                nesting ? Map.of("limit", "json-nesting-depth", "max", depth) : Map.of("limit", "json-token-length"));
    }

    /** Two saves of the same row raced past the version check; the later one loses, as a stale version would. */
    @ServerExceptionMapper({jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class})
    public Response concurrentSave(RuntimeException e, UriInfo uri) {
        return respond(ProblemKind.EDIT_CONFLICT, "Someone saved the same item at the same moment; read it again "
                + "and retry.", uri, null);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message())
                .reduce((a, b) -> a + "; " + b).orElse("The request is not valid.");
        return respond(ProblemKind.VALIDATION, detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof StreamConstraintsException limit) {
            return jsonLimit(limit, uri);
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("Invalid UTF-8")) {
            return respond(ProblemKind.INVALID_ENCODING, "The JSON body is not valid UTF-8 text.", uri, null);
        }
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        String detail;
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            detail = "Field '" + jsonPath(mismatch) + "' has the wrong type" + where + ".";
        } else if (e instanceof JsonParseException) {
            detail = "The body is not valid JSON" + where + ".";
        } else {
            detail = "The JSON body does not have the expected shape" + where + ".";
        }
        return respond(ProblemKind.MALFORMED_BODY, detail, uri, null);
    }

    /** Declared on its own so it wins over the JSON extension's built-in mapper for this type. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    /**
     * A query parameter that is no number ({@code limit=abc}) is the client's error, 400 naming it; a path
     * parameter that is none ({@code /jobs/abc}) names no resource, 404. RESTEasy reports both as a
     * {@link NotFoundException} with the converter's exception as cause.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, ResourceInfo resource) {
        Optional<UnreadableParameter> parameter = e.getCause() == null || resource == null ? Optional.empty()
                : UnreadableParameter.find(resource.getResourceMethod(), uri);
        if (parameter.isEmpty()) {
            return web(e, uri);
        }
        UnreadableParameter p = parameter.get();
        if (p.inPath()) {
            return respond(ProblemKind.NOT_FOUND, "No resource at " + uri.getPath() + ": path parameter '" + p.name() + "' "
                    + p.message() + ".", uri, null);
        }
        return respond(ProblemKind.VALIDATION, "Query parameter '" + p.name() + "' " + p.message() + ".", uri,
                List.of(new Problem.FieldError(p.name(), p.message())));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        ProblemKind kind = ProblemKind.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath() + ".";
            case 405 -> "This method is not allowed on " + uri.getPath() + ".";
            case 406 -> "None of the accepted media types can be produced by " + uri.getPath() + ".";
            case 415 -> "This media type is not accepted by " + uri.getPath() + ".";
            default -> kind.title() + ".";
        };
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        return respond(kind, detail, uri, null, status);
    }

    @ServerExceptionMapper
    public Response unknownImport(UnknownImport e, UriInfo uri) {
        return problem(ProblemKind.NOT_FOUND, e.getMessage(), uri, Map.of());
    }

    @ServerExceptionMapper
    public Response importFinished(ImportFinished e, UriInfo uri) {
        return problem(ProblemKind.CONFLICT, e.getMessage(), uri, Map.of("state", e.state()));
    }

    /**
     * Anything else is a server error, logged with an incident id the answer gives. When the status and
     * part of the body are already sent (an export streaming a file), a problem now would be appended to
     * a half-written file: the failure is handed back to RESTEasy instead, which closes the connection,
     * so the client sees a transfer broken off, never a file that looks whole.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, ServerRequestContext context) {
        if (thrownByFormParser(e)) {
            return respond(ProblemKind.MALFORMED_BODY, "The multipart/form-data body cannot be read (a boundary that "
                    + "never closes?).", uri, null);
        }
        String incident = UUID.randomUUID().toString();
        if (context.serverResponse().headWritten()) {
            throw new StreamBrokenOff("The answer to " + uri.getPath() + " broke off after it started (incident "
                    + incident + "); the connection is closed", e);
        }
        if (connectionClosed(e)) {
            // the caller's connection is gone (it hung up, or this node is stopping): no server fault, and
            // nothing will read an answer; what the request did not finish is rolled back with it
            LOG.infof("The connection of %s closed before its answer (incident %s): %s", uri.getPath(), incident, e);
            return respond(ProblemKind.INTERNAL, "The connection closed before the answer; incident " + incident + ".",
                    uri, null);
        }
        LOG.errorf(e, "Unexpected error on %s (incident %s)", uri.getPath(), incident);
        return respond(ProblemKind.INTERNAL, "An unexpected error occurred; incident " + incident + " is logged.", uri, null);
    }

    private static boolean connectionClosed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException) {
                return false; // the database's own file channel closed (H2's, by an interrupted thread): a server fault
            }
            if (cause instanceof java.nio.channels.ClosedChannelException
                    || cause instanceof io.vertx.core.http.HttpClosedException) { // Vert.x's word for the same while reading a body
                return true;
            }
        }
        return false;
    }

    /**
     * A form body that cannot be parsed: RESTEasy's form parser throws a plain {@code IOException} (or a
     * runtime exception of its own or of the JDK's), told apart from the server's own errors by where it
     * was thrown: while RESTEasy read the form, before any endpoint ran.
     */
    private static boolean thrownByFormParser(Throwable e) {
        return Arrays.stream(e.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith(FORM_READING));
    }

    private static Response respond(ProblemKind kind, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return respond(kind, detail, uri, errors, kind.status());
    }

    private static Response problem(ProblemKind kind, String detail, UriInfo uri, Map<String, Object> extensions) {
        Problem problem = new Problem(kind.type(), kind.title(), kind.status(), detail, uri.getPath(), null, extensions);
        return Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Response respond(ProblemKind kind, String detail, UriInfo uri, List<Problem.FieldError> errors, int status) {
        Problem problem = new Problem(kind.type(), kind.title(), status, detail, uri.getPath(), errors, null);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * The field as the client knows it. Paths look like {@code segmentJson.request.text} (a body's field:
     * the method and the body parameter are noise) or {@code list.page} (a query parameter: only the
     * method is); a bean validated by hand has just {@code title}.
     */
    private static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean bodyParameter = node.getKind() == ElementKind.PARAMETER && i + 1 < nodes.size();
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR || bodyParameter) {
                continue;
            }
            if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? violation.getPropertyPath().toString() : field.toString();
    }

    private static String jsonPath(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
    }

    @ServerExceptionMapper
    public Response reopenRefused(org.tarjoman.api.job.ReopenRefused e, UriInfo uri) {
        return problem(ProblemKind.CONFLICT, e.getMessage(), uri, Map.of());
    }
}
