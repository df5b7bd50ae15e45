package org.tarjoman.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@link TaskAccess}: which role an actor saves with in a task, and when the task becomes theirs. */
class TaskAccessRulesTest {

    @Test
    void shouldAssignAFreeTaskToATranslatorInItsLanguage() {
        TaskEntity task = task(null, null);
        assertThat(TaskAccess.claim(task, translator("sara", "en"))).isEqualTo(Role.TRANSLATOR);
        assertThat(task.translator).isEqualTo("sara");
    }

    @Test
    void shouldRefuseAFreeTaskInAnotherLanguage() {
        assertThatThrownBy(() -> TaskAccess.claim(task(null, null), translator("sara", "ru")))
                .isInstanceOf(TaskAccessRefused.class).hasMessageContaining("does not work in 'en'");
    }

    @Test
    void shouldRefuseSomeoneElsesTaskWhateverTheLanguage() {
        assertThatThrownBy(() -> TaskAccess.claim(task("reza", null), translator("sara", "en")))
                .isInstanceOf(TaskAccessRefused.class).hasMessageContaining("'reza'");
    }

    @Test
    void shouldLetAPersonWhoTranslatesAndReviewsReviewWhereTheyMay() {
        Actor both = Actor.person("cat", Set.of(Role.TRANSLATOR, Role.REVIEWER), Set.of("en"));
        TaskEntity task = task("sara", null);
        assertThat(TaskAccess.claim(task, both)).isEqualTo(Role.REVIEWER);
        assertThat(task.reviewer).isEqualTo("cat");
        assertThat(TaskAccess.claim(task("cat", "reza"), both)).isEqualTo(Role.TRANSLATOR);
    }

    @Test
    void shouldLetManagersAnywhereAndSystemsAnywhereAsTranslators() {
        TaskEntity task = task("sara", "reza");
        assertThat(TaskAccess.claim(task, Actor.person("mehdi", Set.of(Role.MANAGER), Set.of()))).isEqualTo(Role.MANAGER);
        assertThat(TaskAccess.claim(task, Actor.system("cms"))).isEqualTo(Role.TRANSLATOR);
        assertThat(task.translator).isEqualTo("sara");
        assertThatThrownBy(() -> TaskAccess.claim(task, Actor.person("reader", Set.of(), Set.of())))
                .hasMessageContaining("no role");
    }

    @Test
    void shouldTellTheEditorWhoseTaskItIsWithoutTakingIt() {
        TaskEntity free = task(null, null);
        assertThat(TaskAccess.readOnly(free, translator("sara", "en"))).isNull();
        assertThat(free.translator).isNull();
        assertThat(TaskAccess.readOnly(task("reza", null), translator("sara", "en")))
                .isEqualTo("This task is reza's: you can read it, not change it.");
        assertThat(TaskAccess.readOnly(task(null, null), translator("sara", "ru")))
                .isEqualTo("You do not work in 'en': you can read this task, not change it.");
        assertThat(TaskAccess.readOnly(task("reza", "sara"), Actor.person("sara", Set.of(Role.REVIEWER), Set.of("en")))).isNull();
    }

    @Test
    void shouldLetOnlyManagersAndSystemsForceAnImport() {
        TaskAccess.checkForce(Actor.system("cms"));
        TaskAccess.checkForce(Actor.person("mehdi", Set.of(Role.MANAGER), Set.of()));
        assertThatThrownBy(() -> TaskAccess.checkForce(translator("sara", "en"))).isInstanceOf(TaskAccessRefused.class);
    }

    private static Actor translator(String name, String language) {
        return Actor.person(name, Set.of(Role.TRANSLATOR), Set.of(language));
    }

    private static TaskEntity task(String translator, String reviewer) {
        TaskEntity task = new TaskEntity();
        task.jobId = 42;
        task.language = "en";
        task.translator = translator;
        task.reviewer = reviewer;
        return task;
    }
}
