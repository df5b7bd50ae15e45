package org.tarjoman.api.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tarjoman.api.persistence.Columns;
import org.tarjoman.api.validation.Text;
import org.tarjoman.api.validation.TextRules;

/** What the account endpoints take and answer; entities never leave the package. */
public final class AccountViews {

    private AccountViews() {
    }

    @Schema(description = "A person who signs in")
    public record UserView(String name, List<String> roles, List<String> languages, boolean disabled,
                           Instant createdAt, Instant updatedAt) {

        static UserView of(AccountEntity a) {
            return new UserView(a.name, a.roles().stream().map(UserRole::value).toList(), List.copyOf(a.languages()),
                    a.disabled, a.createdAt, a.updatedAt);
        }
    }

    public record UserRequest(
            @NotBlank(message = "is required") @Size(max = Columns.NAME, message = TextRules.AT_MOST)
            @Text(Text.Kind.ONE_LINE) @Schema(examples = "maryam") String name,
            @NotNull(message = "is required") @Schema(description = "At least 10 characters, at most 72 bytes") String password,
            @Schema(description = "admin, manager, translator, reviewer", examples = "[\"translator\"]") Set<String> roles,
            @Schema(description = "Target languages the person works in", examples = "[\"en\"]") Set<String> languages) {
    }

    @Schema(description = "New roles and/or languages; a field left out is kept")
    public record UserChange(Set<String> roles, Set<String> languages) {
    }

    public record PasswordReset(@NotNull(message = "is required") String password) {
    }

    public record KeyRequest(
            @NotBlank(message = "is required") @Size(max = Columns.NAME, message = TextRules.AT_MOST)
            @Text(Text.Kind.ONE_LINE) @Schema(examples = "newsroom-cms") String name,
            @NotNull(message = "is required")
            @Schema(description = "jobs:read, jobs:write, memory:read, memory:write, glossary:write, admin",
                    examples = "[\"jobs:read\",\"jobs:write\"]") Set<String> scopes) {
    }

    @Schema(description = "An API key without its secret")
    public record KeyView(long id, String name, List<String> scopes, String createdBy, Instant createdAt,
                          Instant lastUsedAt, Instant revokedAt) {

        static KeyView of(ApiKeyEntity k) {
            return new KeyView(k.id, k.name, k.scopes().stream().map(Scope::value).toList(), k.createdBy, k.createdAt,
                    k.lastUsedAt, k.revokedAt);
        }
    }

    @Schema(description = "A new API key: the key is shown this once and never again")
    public record CreatedKey(long id, String name, List<String> scopes, String key, Instant createdAt) {
    }

    public record AuditView(long id, Instant occurredAt, String actor, String action, String target, String detail,
                            String address) {

        static AuditView of(AuditEntryEntity e) {
            return new AuditView(e.id, e.occurredAt, e.actor, e.action.name(), e.target, e.detail, e.address);
        }
    }

    public record AuditPage(List<AuditView> entries, int page, int size, long total) {
    }

    @Schema(description = "Who is calling")
    public record Me(String name, String kind, List<String> roles, List<String> languages, List<String> scopes) {

        public static Me of(Principal p) {
            return new Me(p.name(), p.kind().name().toLowerCase(java.util.Locale.ROOT),
                    p.roles().stream().map(UserRole::value).toList(), List.copyOf(new java.util.TreeSet<>(p.languages())),
                    p.scopes().stream().map(Scope::value).toList());
        }
    }
}
