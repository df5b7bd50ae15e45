package org.tarjoman.api.segmentation;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.tarjoman.core.ArticleSegmenter;

/** Exposes core's thread-safe text pipeline as one shared bean; its SRX rules compile once. */
public class ArticleSegmenterProducer {

    @Produces
    @Singleton
    ArticleSegmenter articleSegmenter() {
        return ArticleSegmenter.persian();
    }
}
