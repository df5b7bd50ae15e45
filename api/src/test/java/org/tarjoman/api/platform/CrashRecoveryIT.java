package org.tarjoman.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.PackagedApp;

/**
 * A confirmed write survives a crash of the process: the packaged app, on its embedded H2 file
 * database, is killed with SIGKILL in the middle of concurrent segment saves, memory unit POSTs and
 * TMX imports, restarted on the same data folder, and every write it had answered 2xx must be there.
 * Three rounds on one data folder, so recovery after a crash is crashed again. Runs after
 * {@code package} (failsafe, {@code *IT}) and prints acknowledged and lost writes per kind.
 */
class CrashRecoveryIT {

    private static final int ROUNDS = 3;
    private static final long LOAD_MILLIS = 4_000;
    private static final int SENTENCES = 45;

    @Test
    void shouldFindEveryAcknowledgedWriteAfterTheProcessIsKilledUnderLoad() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "crash-recovery"));
        Path data = Files.createTempDirectory(work, "data-");
        List<Acknowledged> earlier = new ArrayList<>();
        List<Acknowledged.Figures> figures = new ArrayList<>();
        int lostSince = 0;
        PackagedApp app = PackagedApp.start(data, data.getFileName() + "-start-0.log");
        try {
            long jobId = WriteLoad.prepare(app.client(), SENTENCES);
            for (int round = 1; round <= ROUNDS; round++) {
                Acknowledged acknowledged = new Acknowledged(round);
                WriteLoad load = WriteLoad.start(app.client(), jobId, acknowledged);
                Thread.sleep(LOAD_MILLIS);
                long killedAt = System.nanoTime();
                app.kill();
                load.stop(killedAt);

                app = PackagedApp.start(data, data.getFileName() + "-start-" + round + ".log");
                Acknowledged.Figures found = acknowledged.check(app.client(), jobId, WriteLoad.LANGUAGE,
                        WriteLoad.UNIT_MEMORY, WriteLoad.IMPORT_MEMORY, killedAt);
                System.out.println("crash recovery: " + found);
                figures.add(found);
                for (Acknowledged before : earlier) {
                    lostSince += before.lostSince(app.client(), WriteLoad.UNIT_MEMORY, WriteLoad.IMPORT_MEMORY);
                }
                earlier.add(acknowledged);
            }
        } finally {
            app.close();
        }
        System.out.println("crash recovery, " + ROUNDS + " rounds: " + total(figures));
        assertThat(figures).as("writes acknowledged before a kill -9 and missing after the restart")
                .allSatisfy(round -> assertThat(round.lost()).as(round.toString()).isZero());
        assertThat(lostSince).as("units and imports of earlier rounds missing after a later crash").isZero();
        deleteTree(data);
    }

    private static String total(List<Acknowledged.Figures> rounds) {
        return String.format("segment saves %d acknowledged, %d lost; memory units %d acknowledged, %d lost; "
                        + "TMX imports %d acknowledged (%d units), %d lost",
                rounds.stream().mapToInt(Acknowledged.Figures::saves).sum(),
                rounds.stream().mapToInt(r -> r.savesLost() + r.unexplainedSaves()).sum(),
                rounds.stream().mapToInt(Acknowledged.Figures::units).sum(),
                rounds.stream().mapToInt(Acknowledged.Figures::unitsLost).sum(),
                rounds.stream().mapToInt(Acknowledged.Figures::imports).sum(),
                rounds.stream().mapToInt(Acknowledged.Figures::importedUnits).sum(),
                rounds.stream().mapToInt(Acknowledged.Figures::importsLost).sum());
    }

    /** The data folder goes once the test passed; a failed run keeps it (and the logs) to look at. */
    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
