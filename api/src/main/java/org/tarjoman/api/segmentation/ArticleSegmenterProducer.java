package org.tarjoman.api.segmentation;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.tarjoman.core.ArticleSegmenter;
import org.tarjoman.core.segment.SentenceSegmenter;
import org.tarjoman.core.segment.SrxSentenceSegmenter;

/** Exposes core's thread-safe text pipeline as one shared bean; its SRX rules compile once. */
public class ArticleSegmenterProducer {

    @Produces
    @Singleton
    ArticleSegmenter articleSegmenter() {
        return ArticleSegmenter.persian();
    }

    /** The same Persian sentence rules, for rebuilding HTML articles exactly as they were read. */
    @Produces
    @Singleton
    SentenceSegmenter sentenceSegmenter() {
        return SrxSentenceSegmenter.persian();
    }
}
