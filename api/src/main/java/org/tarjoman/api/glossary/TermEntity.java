package org.tarjoman.api.glossary;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tarjoman.api.persistence.Rows;
import org.tarjoman.api.persistence.StoredEntity;

import org.tarjoman.core.glossary.GlossaryTerm;

/** One glossary entry of a pair: a Persian term, its preferred, allowed and forbidden translations. */
@Entity
@Table(name = "glossary_term")
public class TermEntity extends StoredEntity {

    /** The queries of this entity. */
    public static final Rows<TermEntity> ROWS = Rows.of(TermEntity.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String pair;

    public String source;

    @Column(name = "source_key")
    public String sourceKey;

    public String target;

    @Column(name = "target_key")
    public String targetKey;

    @Convert(converter = TranslationsColumn.class)
    public List<String> alternatives = List.of();

    @Convert(converter = TranslationsColumn.class)
    public List<String> forbidden = List.of();

    @Column(name = "part_of_speech")
    public String partOfSpeech;

    public String domain;

    public String note;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The entry as core's term recognition reads it. */
    GlossaryTerm toGlossaryTerm() {
        return new GlossaryTerm(String.valueOf(id), source, GlossaryPair.of(pair).target(), target, alternatives, forbidden);
    }
}
