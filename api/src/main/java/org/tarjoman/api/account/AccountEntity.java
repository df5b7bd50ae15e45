package org.tarjoman.api.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tarjoman.api.persistence.Rows;
import org.tarjoman.api.persistence.StoredEntity;

/** A person who signs in: name, bcrypt password hash, roles, the target languages they work in. */
@Entity
@Table(name = "account")
public class AccountEntity extends StoredEntity {

    /** The queries of this entity. */
    public static final Rows<AccountEntity> ROWS = Rows.of(AccountEntity.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "roles")
    String rolesColumn;

    @Column(name = "languages")
    String languagesColumn;

    public boolean disabled;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static AccountEntity byName(String name) {
        return ROWS.find("name", name).firstResult();
    }

    public Set<UserRole> roles() {
        Set<UserRole> roles = EnumSet.noneOf(UserRole.class);
        ListColumn.read(rolesColumn).forEach(r -> UserRole.of(r).ifPresent(roles::add));
        return roles;
    }

    public void roles(Set<UserRole> roles) {
        rolesColumn = ListColumn.write(roles.stream().map(UserRole::value).toList());
    }

    public Set<String> languages() {
        return new TreeSet<>(ListColumn.read(languagesColumn));
    }

    public void languages(Set<String> languages) {
        languagesColumn = ListColumn.write(languages);
    }

    static boolean anyAdmin() {
        return AccountEntity.ROWS.streamAll().anyMatch(a -> a.roles().contains(UserRole.ADMIN));
    }

    static String describe(Set<UserRole> roles) {
        return roles.stream().map(UserRole::value).sorted().collect(Collectors.joining(","));
    }
}
