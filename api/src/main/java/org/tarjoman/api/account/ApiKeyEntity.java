package org.tarjoman.api.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tarjoman.api.persistence.Rows;
import org.tarjoman.api.persistence.StoredEntity;

/** A system's API key: only its hash is kept ({@link KeyHash}), with its scopes and when it was last used. */
@Entity
@Table(name = "api_key")
public class ApiKeyEntity extends StoredEntity {

    /** The queries of this entity. */
    public static final Rows<ApiKeyEntity> ROWS = Rows.of(ApiKeyEntity.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Column(name = "key_hash")
    public String keyHash;

    @Column(name = "scopes")
    String scopesColumn;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    static ApiKeyEntity byHash(String hash) {
        return ROWS.find("keyHash", hash).firstResult();
    }

    public Set<Scope> scopes() {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        ListColumn.read(scopesColumn).forEach(s -> Scope.of(s).ifPresent(scopes::add));
        return scopes;
    }

    void scopes(Set<Scope> scopes) {
        scopesColumn = ListColumn.write(scopes.stream().map(Scope::value).toList());
    }
}
