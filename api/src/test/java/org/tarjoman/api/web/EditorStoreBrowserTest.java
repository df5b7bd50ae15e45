package org.tarjoman.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.RequiresChromium;

/**
 * The editor's store ({@code editor-store.js}) with the rows that render from it, loaded as modules in
 * headless Chromium on a page of the app but without the editor around them: what a save's answer,
 * a conflict or a filter does to the store shows in the rows and in the progress.
 */
@QuarkusTest
@TestProfile(WebTestProfile.class)
@RequiresChromium
class EditorStoreBrowserTest {

    /**
     * Three headings of the IRNA article (16 words, the third already translated), a store loaded
     * with them and rows mounted from it; {@code row(id)} finds a row. Strict, as modules are, so a
     * write to a frozen record throws. The test's script runs after.
     */
    private static final String SCENE = """
            'use strict';
            const [{ createEditorStore }, { mountSegmentRows }, { createQaFindings }] = await Promise.all(
                [import('/js/editor-store.js'), import('/js/segment-rows.js'), import('/js/qa.js')]);
            const store = createEditorStore();
            const container = document.createElement('main');
            document.body.append(container);
            // the rows' QA marks follow findings the store's scenes never ask the server for
            mountSegmentRows(container, store, 'en', createQaFindings(0, 'en'));
            store.load([
              { id: 1, index: 0, block: 0, blockType: 'heading', words: 7, status: 'NEW', version: 1,
                source: 'جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود' },
              { id: 2, index: 1, block: 1, blockType: 'heading', words: 4, status: 'NEW', version: 1,
                source: 'رویکردهای مشترک ایران و روسیه' },
              { id: 3, index: 2, block: 2, blockType: 'heading', words: 5, status: 'TRANSLATED', version: 3,
                source: 'روند مناسبات در سال ۲۰۲۴', target: 'Relations in 2024', origin: 'HUMAN', author: 'Bahram' },
            ], 16);
            const row = (id) => container.querySelector(`.seg[data-segment-id="${id}"]`);
            const shown = () => [1, 2, 3].filter((id) => !row(id).hidden);
            """;

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void shouldShowASavedConfirmationInItsRowAndInTheProgress() {
        Map<String, Object> seen = inStore("""
                const edit = { target: 'Common approaches of Iran and Russia', status: 'TRANSLATED', hold: false, version: 1 };
                store.keepEdit(2, edit);
                store.markSaving(2);
                const whileSaving = { save: row(2).dataset.save, progress: store.progress().wordsTranslated };
                const settled = store.applySaved(2, { ...edit, origin: 'HUMAN', author: 'Leila', version: 2 }, store.edit(2));
                return { whileSaving, settled, status: row(2).dataset.status, save: row(2).dataset.save,
                  target: row(2).querySelector('.seg-target').textContent,
                  origin: row(2).querySelector('.seg-origin').textContent,
                  progress: store.progress(), summary: store.saveSummary() };
                """);
        assertThat(seen.get("whileSaving")).isEqualTo(Map.of("save", "saving", "progress", 5L));
        assertThat(seen).containsEntry("settled", true).containsEntry("status", "TRANSLATED").containsEntry("save", "saved")
                .containsEntry("target", "Common approaches of Iran and Russia").containsEntry("origin", "by Leila");
        assertThat(seen.get("progress")).isEqualTo(Map.of("words", 16L, "wordsTranslated", 9L, "wordsReviewed", 0L));
        assertThat(seen.get("summary")).isEqualTo(Map.of("unsaved", 0L, "saving", 0L, "error", 0L, "conflict", 0L));
    }

    @Test
    void shouldKeepWhatTheUserTypedWhileTheSaveWasOnItsWay() {
        Map<String, Object> seen = inStore("""
                store.markUnsaved(1, { target: 'Jalali: Pezeshkian', status: 'DRAFT', hold: false, version: 1 });
                const sent = store.edit(1);
                store.markSaving(1);
                store.markUnsaved(1, { target: 'Jalali: Pezeshkian’s visit', status: 'DRAFT', hold: false, version: 1 });
                const settled = store.applySaved(1, { target: sent.target, status: 'DRAFT', version: 2 }, sent);
                return { settled, save: row(1).dataset.save, status: row(1).dataset.status,
                  target: row(1).querySelector('.seg-target').textContent, version: store.segment(1).version,
                  summary: store.saveSummary().unsaved };
                """);
        assertThat(seen).containsEntry("settled", false).containsEntry("save", "unsaved").containsEntry("status", "DRAFT")
                .containsEntry("target", "Jalali: Pezeshkian’s visit").containsEntry("version", 2L).containsEntry("summary", 1L);
    }

    @Test
    void shouldReplaceTheUsersEditWithTheOtherPersonsWhenTheyTakeTheirs() {
        Map<String, Object> seen = inStore("""
                store.markUnsaved(3, { target: 'Relations in 2024, a review', status: 'TRANSLATED', hold: true, version: 3 });
                store.markConflict(3, 'Saved by Bahram meanwhile');
                const during = row(3).dataset.save;
                store.takeTheirs(3, { target: 'Bilateral ties in 2024', status: 'DRAFT', author: 'Bahram', version: 4 });
                return { during, save: row(3).dataset.save, status: row(3).dataset.status, text: store.text(3),
                  target: row(3).querySelector('.seg-target').textContent, progress: store.progress().wordsTranslated };
                """);
        assertThat(seen).containsEntry("during", "conflict").containsEntry("save", "saved").containsEntry("status", "DRAFT")
                .containsEntry("text", "Bilateral ties in 2024").containsEntry("target", "Bilateral ties in 2024")
                .containsEntry("progress", 0L);
    }

    @Test
    void shouldKeepAConfirmedRowInViewUntilTheStatusFilterIsSetAgain() {
        Map<String, Object> seen = inStore("""
                store.setFilter({ status: 'NEW', text: '' });
                const filtered = shown();
                store.keepEdit(1, { target: 'Jalali: Pezeshkian’s visit to Moscow will be historic', status: 'TRANSLATED', hold: false, version: 1 });
                store.applySaved(1, { ...store.edit(1), version: 2 }, store.edit(1));
                const confirmed = shown();
                store.setFilter({ status: 'NEW', text: '' });
                return { filtered, confirmed, again: shown(), blockHidden: row(1).parentElement.hidden };
                """);
        assertThat(seen).containsEntry("filtered", List.of(1L, 2L)).containsEntry("confirmed", List.of(1L, 2L))
                .containsEntry("again", List.of(2L)).containsEntry("blockHidden", true);
    }

    @Test
    void shouldFindPersianTextTypedWithArabicLettersAndMoveOnlyThroughTheRowsFound() {
        Map<String, Object> seen = inStore("""
                store.setFilter({ status: '', text: 'روسيه' });
                const found = shown();
                store.activate(2);
                return { found, next: store.step(1) ?? null, previous: store.step(-1) ?? null, nextOpen: store.nextOpen() ?? null };
                """);
        assertThat(seen).containsEntry("found", List.of(2L)).containsEntry("next", 2L).containsEntry("previous", 2L)
                .containsEntry("nextOpen", null);
    }

    @Test
    void shouldRefuseAChangeToASegmentMadeOutsideTheStore() {
        Map<String, Object> seen = inStore("""
                try {
                  store.segment(2).status = 'TRANSLATED';
                  return { refused: false };
                } catch (error) {
                  return { refused: error instanceof TypeError, status: store.segment(2).status, row: row(2).dataset.status };
                }
                """);
        assertThat(seen).containsEntry("refused", true).containsEntry("status", "NEW").containsEntry("row", "NEW");
    }

    /** Runs the test's script after {@link #SCENE} on a page of the app and answers what it returns. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> inStore(String script) {
        browser.open("/preview.html");
        return (Map<String, Object>) browser.script("return (async () => {\n" + SCENE + script + "})();");
    }
}
