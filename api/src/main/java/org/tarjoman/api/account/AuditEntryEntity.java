package org.tarjoman.api.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tarjoman.api.persistence.Rows;
import org.tarjoman.api.persistence.StoredEntity;

/** One line of the audit log: who did what to which target, when and from where. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity extends StoredEntity {

    /** The queries of this entity. */
    public static final Rows<AuditEntryEntity> ROWS = Rows.of(AuditEntryEntity.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String actor;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    public String target;

    public String detail;

    public String address;
}
