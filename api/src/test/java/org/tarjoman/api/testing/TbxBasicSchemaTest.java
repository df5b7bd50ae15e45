package org.tarjoman.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The schema check the TBX export is held to finds what TBX-Basic forbids, so its silence means something. */
class TbxBasicSchemaTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"fa\">"
            + "<tbxHeader><fileDesc><sourceDesc><p>آزمون</p></sourceDesc></fileDesc></tbxHeader><text><body>";
    private static final String TAIL = "</body></text></tbx>";

    private static String concept(String russianTermNote) {
        return "<conceptEntry id=\"t1\"><descrip type=\"subjectField\">politics</descrip>"
                + "<langSec xml:lang=\"fa\"><termSec><term>پزشکیان</term>"
                + "<termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></termSec></langSec>"
                + "<langSec xml:lang=\"ru\"><termSec><term>Пезешкиан</term>" + russianTermNote + "</termSec></langSec>"
                + "</conceptEntry>";
    }

    @Test
    void shouldAcceptATbxBasicConcept() {
        assertThat(TbxBasicSchema.violations(HEAD + concept(
                "<termNote type=\"partOfSpeech\">properNoun</termNote>") + TAIL)).isEmpty();
    }

    @Test
    void shouldFindATermNoteTypeTbxBasicDoesNotHave() {
        assertThat(TbxBasicSchema.violations(HEAD + concept("<termNote type=\"spelling\">x</termNote>") + TAIL))
                .singleElement().asString().contains("type");
    }

    @Test
    void shouldFindABodyWithoutConceptsAndAHeaderWithoutSource() {
        assertThat(TbxBasicSchema.violations(HEAD + TAIL)).isNotEmpty();
        assertThat(TbxBasicSchema.violations(HEAD.replace("<sourceDesc><p>آزمون</p></sourceDesc>", "")
                + concept("") + TAIL)).isNotEmpty();
    }
}
