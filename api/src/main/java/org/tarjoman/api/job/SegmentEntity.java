package org.tarjoman.api.job;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tarjoman.api.persistence.Rows;
import org.tarjoman.api.persistence.StoredEntity;

import org.tarjoman.api.memory.CodesColumn;
import org.tarjoman.core.document.InlineCode;

import org.tarjoman.core.document.BlockType;

/** One translation unit of a job's source, as core segmented it. */
@Entity
@Table(name = "job_segment")
public class SegmentEntity extends StoredEntity {

    /** The queries of this entity. */
    public static final Rows<SegmentEntity> ROWS = Rows.of(SegmentEntity.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "job_id")
    public long jobId;

    /** Position in the whole article, 0-based. */
    public int ordinal;

    @Column(name = "block_index")
    public int blockIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "block_type")
    public BlockType blockType;

    @Column(name = "segment_index")
    public int segmentIndex;

    /** Tagged text: the source as received, inline codes as {@code <g>}/{@code <x>} tags. */
    public String source;

    /** The inline codes' original markup, for restoring HTML and writing XLIFF. */
    @Convert(converter = CodesColumn.class)
    public List<InlineCode> codes;

    public int words;

    /** The first segment of the job with the same source, when this one repeats it. */
    @Column(name = "repeats_id")
    public Long repeatsId;

    /** A segment of the job, by id, or {@link JobNotFound}. */
    public static SegmentEntity require(long jobId, long segmentId) {
        SegmentEntity segment = ROWS.find("id = ?1 and jobId = ?2", segmentId, jobId).firstResult();
        if (segment == null) {
            throw JobNotFound.segment(jobId, segmentId);
        }
        return segment;
    }
}
