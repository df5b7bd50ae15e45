package org.tarjoman.api.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.tarjoman.api.account.AccountViews.UserChange;
import org.tarjoman.api.account.AccountViews.UserRequest;
import org.tarjoman.api.account.AccountViews.UserView;

/** People: created, changed, disabled and given new passwords by an admin; checked at sign-in and on each request. */
@ApplicationScoped
public class Accounts {

    /** Names appear in history, memory units and URLs: letters, digits and {@code . _ @ -}. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,255}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final AuditLog audit;
    private final RecentCredentials recent;

    Accounts(AuditLog audit, RecentCredentials recent) {
        this.audit = audit;
        this.recent = recent;
    }

    @Transactional
    public List<UserView> list() {
        return AccountEntity.ROWS.list("order by name").stream()
                .map(UserView::of).toList();
    }

    @Transactional
    public UserView create(UserRequest request, String actor) {
        if (!NAME.matcher(request.name()).matches()) {
            throw new InvalidAccountRequest("name may hold letters, digits and . _ @ - only, not '" + request.name() + "'.");
        }
        if (AccountEntity.byName(request.name()) != null) {
            throw new AccountConflict("There is already a user '" + request.name() + "'.");
        }
        AccountEntity account = create(request.name(), request.password(), roles(request.roles()),
                languages(request.languages()));
        audit.record(actor, AuditAction.USER_CREATED, account.name, "roles " + AccountEntity.describe(account.roles())
                + "; languages " + String.join(",", account.languages()));
        return UserView.of(account);
    }

    /** Stores a new person; the caller checked the name. Used by the bootstrap too. */
    AccountEntity create(String name, String password, Set<UserRole> roles, Set<String> languages) {
        AccountEntity account = new AccountEntity();
        account.name = name;
        account.passwordHash = Passwords.hash(password);
        account.roles(roles);
        account.languages(languages);
        account.createdAt = Instant.now();
        account.updatedAt = account.createdAt;
        account.persist();
        return account;
    }

    @Transactional
    public UserView change(String name, UserChange change, String actor) {
        AccountEntity account = require(name);
        if (change.roles() != null) {
            Set<UserRole> roles = roles(change.roles());
            if (account.roles().contains(UserRole.ADMIN) && !roles.contains(UserRole.ADMIN)) {
                keepAnAdmin(account);
            }
            account.roles(roles);
        }
        if (change.languages() != null) {
            account.languages(languages(change.languages()));
        }
        recent.forgetPerson(name);
        account.updatedAt = Instant.now();
        audit.record(actor, AuditAction.USER_CHANGED, name, "roles " + AccountEntity.describe(account.roles())
                + "; languages " + String.join(",", account.languages()));
        return UserView.of(account);
    }

    @Transactional
    public UserView disable(String name, boolean disabled, String actor) {
        AccountEntity account = require(name);
        if (disabled && account.roles().contains(UserRole.ADMIN)) {
            keepAnAdmin(account);
        }
        account.disabled = disabled;
        recent.forgetPerson(name);
        account.updatedAt = Instant.now();
        audit.record(actor, disabled ? AuditAction.USER_DISABLED : AuditAction.USER_ENABLED, name, null);
        return UserView.of(account);
    }

    @Transactional
    public void resetPassword(String name, String password, String actor) {
        AccountEntity account = require(name);
        account.passwordHash = Passwords.hash(password);
        account.updatedAt = Instant.now();
        audit.record(actor, AuditAction.PASSWORD_RESET, name, null);
    }

    /** The person whose password this is, if enabled; as slow for an unknown name as for a wrong password. */
    @Transactional
    public Optional<Principal> verify(String name, String password) {
        AccountEntity account = AccountEntity.byName(name);
        if (account == null) {
            Passwords.spendTime(password);
            return Optional.empty();
        }
        return Passwords.matches(password, account.passwordHash) && !account.disabled
                ? Optional.of(Principal.person(account)) : Optional.empty();
    }

    /**
     * The person a session names, read again unless seen in the last seconds ({@link RecentCredentials}):
     * a disabled one is signed out at once on this node, within seconds on the others.
     */
    public Optional<Principal> current(String name) {
        return recent.person(name, () -> QuarkusTransaction.requiringNew().call(() -> {
            AccountEntity account = AccountEntity.byName(name);
            return account == null || account.disabled ? Optional.empty() : Optional.of(Principal.person(account));
        }));
    }

    private static AccountEntity require(String name) {
        AccountEntity account = AccountEntity.byName(name);
        if (account == null) {
            throw new UnknownAccount("There is no user '" + name + "'.");
        }
        return account;
    }

    /** An admin who loses the role or is disabled must not be the last one: nobody could manage accounts after. */
    private static void keepAnAdmin(AccountEntity leaving) {
        boolean another = AccountEntity.ROWS.streamAll()
                .anyMatch(a -> !a.id.equals(leaving.id) && !a.disabled && a.roles().contains(UserRole.ADMIN));
        if (!another) {
            throw new AccountConflict("'" + leaving.name + "' is the last enabled admin; make another admin first.");
        }
    }

    static Set<UserRole> roles(Set<String> names) {
        Set<UserRole> roles = EnumSet.noneOf(UserRole.class);
        for (String name : names == null ? Set.<String>of() : names) {
            roles.add(UserRole.of(name).orElseThrow(() -> new InvalidAccountRequest("Unknown role '" + name
                    + "': roles are admin, manager, translator and reviewer.")));
        }
        return roles;
    }

    static Set<String> languages(Set<String> tags) {
        Set<String> languages = new TreeSet<>();
        for (String tag : tags == null ? Set.<String>of() : tags) {
            String language = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(language).matches()) {
                throw new InvalidAccountRequest("'" + tag + "' is not a language tag such as en or ru.");
            }
            languages.add(language);
        }
        return languages;
    }
}
