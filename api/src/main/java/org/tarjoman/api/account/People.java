package org.tarjoman.api.account;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The people a manager can give tasks to: enabled accounts holding the translator or reviewer role,
 * optionally only those who work in a language. Names only, no account details: every desk user may
 * ask. Roles are a list column, so the role is matched here rather than in the query; a newsroom has
 * tens of people, not thousands.
 */
@ApplicationScoped
public class People {

    /** The roles a task is given to. */
    public static final Set<UserRole> ASSIGNABLE = Set.of(UserRole.TRANSLATOR, UserRole.REVIEWER);

    @Schema(name = "Person", description = "Someone who can be given a task")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonView(
            @Schema(description = "The user name, as a task's translator or reviewer names them") String name,
            @Schema(description = "translator and/or reviewer") List<String> roles,
            @Schema(description = "The target languages they work in") List<String> languages) {
    }

    /** Enabled people holding {@code role} (any assignable role when null), in {@code language} if given, by name. */
    @Transactional
    public List<PersonView> holding(UserRole role, String language) {
        String wantedLanguage = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        return AccountEntity.ROWS.list("disabled = false").stream()
                .filter(a -> role == null ? a.roles().stream().anyMatch(ASSIGNABLE::contains) : a.roles().contains(role))
                .filter(a -> wantedLanguage == null || a.languages().contains(wantedLanguage))
                .sorted(Comparator.comparing(a -> a.name))
                .map(a -> new PersonView(a.name, a.roles().stream().filter(ASSIGNABLE::contains).map(UserRole::value)
                        .sorted().toList(), List.copyOf(a.languages())))
                .toList();
    }
}
