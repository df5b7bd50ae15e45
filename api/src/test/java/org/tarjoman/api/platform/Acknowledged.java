package org.tarjoman.api.platform;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.tarjoman.api.testing.TarjomanClient;

/**
 * Every write the app answered 2xx during one crash round, and the check, after the restart, that
 * each is there: a segment save by its version and target, a memory unit by its id, a TMX import by
 * its units in the memory's export.
 */
final class Acknowledged {

    /** A segment's translation as a save answered it. */
    record Save(long version, String target) {
    }

    /** A memory unit as it was added or imported. */
    record Unit(long id, String source, String target) {
    }

    /** One round's figures: acknowledged and lost per kind (imports also in units). */
    record Figures(int round, int saves, int savesLost, int unexplainedSaves, int units, int unitsLost, int imports,
                   int importedUnits, int importsLost, long inLastHalfSecond) {

        int lost() {
            return savesLost + unexplainedSaves + unitsLost + importsLost;
        }

        @Override
        public String toString() {
            return String.format("round %d (%d writes acknowledged in the last 500 ms before the kill): segment saves %d "
                            + "acknowledged, %d lost%s; memory units %d acknowledged, %d lost; TMX imports %d acknowledged "
                            + "(%d units), %d lost",
                    round, inLastHalfSecond, saves, savesLost,
                    unexplainedSaves == 0 ? "" : " (" + unexplainedSaves + " segments in a state no save made)", units,
                    unitsLost, imports, importedUnits, importsLost);
        }
    }

    private final int round;
    /** Per segment: the saves answered 200, in order, and the one sent but not answered (it may have committed). */
    private final Map<Long, Queue<Save>> saves = new ConcurrentHashMap<>();
    private final Map<Long, Save> unanswered = new ConcurrentHashMap<>();
    private final Queue<Unit> units = new ConcurrentLinkedQueue<>();
    private final Queue<List<Unit>> imports = new ConcurrentLinkedQueue<>();
    /** When each acknowledgement came ({@link System#nanoTime()}). */
    private final Queue<Long> acknowledgedAt = new ConcurrentLinkedQueue<>();

    Acknowledged(int round) {
        this.round = round;
    }

    void sending(long segmentId, Save save) {
        unanswered.put(segmentId, save);
    }

    void saved(long segmentId, Save save) {
        unanswered.remove(segmentId);
        saves.computeIfAbsent(segmentId, id -> new ConcurrentLinkedQueue<>()).add(save);
        acknowledged();
    }

    void added(Unit unit) {
        units.add(unit);
        acknowledged();
    }

    void imported(List<Unit> imported) {
        imports.add(imported);
        acknowledged();
    }

    /** Looks for every acknowledged write in the restarted app; {@code killedAt} is {@link System#nanoTime()} at the kill. */
    Figures check(TarjomanClient app, long jobId, String saveLanguage, String unitMemory, String importMemory,
                  long killedAt) throws Exception {
        int[] lostSaves = lostSaves(app, jobId, saveLanguage);
        int lostUnits = lostUnits(app, unitMemory);
        int lostImports = lostImports(app, importMemory);
        int saveCount = saves.values().stream().mapToInt(Queue::size).sum();
        int importedUnits = imports.stream().mapToInt(List::size).sum();
        long halfSecondBefore = killedAt - 500_000_000L;
        long late = acknowledgedAt.stream().filter(at -> at - halfSecondBefore >= 0).count();
        return new Figures(round, saveCount, lostSaves[0], lostSaves[1], units.size(), lostUnits, imports.size(),
                importedUnits, lostImports, late);
    }

    /** Units and imports of an earlier round, looked for again after a later crash. */
    int lostSince(TarjomanClient app, String unitMemory, String importMemory) throws Exception {
        return lostUnits(app, unitMemory) + lostImports(app, importMemory);
    }

    /**
     * A save is lost when the segment is older than it, or at its version with another text. A segment
     * newer than every answered save must hold the one save still unanswered at the kill.
     */
    private int[] lostSaves(TarjomanClient app, long jobId, String language) {
        JsonPath segments = app.task(jobId, language).segments();
        int lost = 0;
        int unexplained = 0;
        for (Map<String, Object> segment : segments.<Map<String, Object>>getList("segments")) {
            long id = ((Number) segment.get("id")).longValue();
            Save current = new Save(((Number) segment.get("version")).longValue(), (String) segment.get("target"));
            Queue<Save> answered = saves.getOrDefault(id, new ConcurrentLinkedQueue<>());
            long newest = 0;
            for (Save save : answered) {
                newest = Math.max(newest, save.version());
                if (save.version() > current.version()
                        || save.version() == current.version() && !save.target().equals(current.target())) {
                    lost++;
                }
            }
            if (!answered.isEmpty() && current.version() > newest && !current.equals(unanswered.get(id))) {
                unexplained++;
            }
        }
        return new int[] {lost, unexplained};
    }

    private int lostUnits(TarjomanClient app, String memory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> found = new ArrayList<>();
            for (Unit unit : units) {
                found.add(pool.submit(() -> {
                    Response response = app.memory(memory).getUnit(unit.id());
                    return response.statusCode() == 200 && unit.source().equals(response.jsonPath().getString("source"))
                            && unit.target().equals(response.jsonPath().getString("target"));
                }));
            }
            int lost = 0;
            for (Future<Boolean> unit : found) {
                lost += unit.get() ? 0 : 1;
            }
            return lost;
        } finally {
            pool.shutdown();
        }
    }

    /** An import is lost when any of its units is missing from the memory's export. */
    private int lostImports(TarjomanClient app, String memory) throws XMLStreamException {
        if (imports.isEmpty()) {
            return 0;
        }
        Set<String> exported = exportedTargets(app.memory(memory).getExport().then().statusCode(200).extract().asString());
        int lost = 0;
        for (List<Unit> imported : imports) {
            lost += imported.stream().allMatch(unit -> exported.contains(unit.target())) ? 0 : 1;
        }
        return lost;
    }

    /** Every segment text of a TMX document (sources and targets alike: targets are what the test made unique). */
    private static Set<String> exportedTargets(String tmx) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(tmx));
        Set<String> segments = new HashSet<>();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("seg")) {
                segments.add(reader.getElementText());
            }
        }
        return segments;
    }

    private void acknowledged() {
        acknowledgedAt.add(System.nanoTime());
    }
}
