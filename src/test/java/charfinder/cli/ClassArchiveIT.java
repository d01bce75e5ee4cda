package charfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class archive, in a copy of the project: the first lookup makes it, the next
 * ones map it, and one that is stale, damaged or refused by the JVM changes nothing a lookup
 * prints or returns.
 */
@Timeout(120)
class ClassArchiveIT {

    private static final String CACHE = Path.of("target", "it-index-cache").toAbsolutePath().toString();
    private static final String SHARED = "shared objects file";

    @TempDir
    Path dir;
    private Path project;
    private Path archives;
    private int logs;

    /** The cache made (or checked) for this JDK first, so that no lookup below tells of rebuilding it. */
    @BeforeAll
    static void buildTheCache() throws Exception {
        assertThat(CliRun.finish(CliRun.startJar("--build-cache", "--cache-dir", CACHE)).status()).isZero();
    }

    @BeforeEach
    void copyTheProject() throws IOException {
        project = ProjectCopy.withJars(dir.resolve("project"));
        archives = project.resolve("target/cds");
    }

    @Test
    void theFirstLookupMakesTheArchiveAndTheNextMapsIt() throws Exception {
        CliRun expected = direct("chess", "black");
        assertThat(lookup("chess", "black")).isEqualTo(expected);
        assertThat(archiveFiles()).hasSize(2);
        assertThat(lookupClassSource(expected, "chess", "black")).isEqualTo(SHARED);
    }

    @Test
    void theArchivingLookupKeepsItsStatusAndOutput() throws Exception {
        CliRun expected = direct("jabberwocky");
        assertThat(expected.status()).isEqualTo(1);
        assertThat(lookup("jabberwocky")).isEqualTo(expected);
        assertThat(lookupClassSource(expected, "jabberwocky")).isEqualTo(SHARED);
    }

    /** Their classes are a few of a lookup's: an archive of them would leave lookups to the jar. */
    @Test
    void helpAndUsageErrorsMakeNoArchive() throws Exception {
        assertThat(lookup("--help").status()).isZero();
        CliRun backwards = lookup("cat", "--start", "5", "--stop", "2");
        assertThat(backwards.status()).isEqualTo(2);
        assertThat(backwards.err()).contains("--stop (2) must not be less than --start (5)");
        assertThat(Files.exists(archives) ? archiveFiles() : List.of()).isEmpty();
    }

    /** Its archive would hold the index builder's classes, which every later lookup would map. */
    @Test
    void theLookupThatBuildsTheCacheLeavesTheArchiveToTheNext() throws Exception {
        String fresh = dir.resolve("cache").toString();
        CliRun building = CliRun.launcherIn(project, environment(), "--cache-dir", fresh, "chess", "black");
        assertThat(building).isEqualTo(direct("chess", "black"));
        assertThat(Files.exists(archives) ? archiveFiles() : List.of()).isEmpty();
        CliRun.launcherIn(project, environment(), "--cache-dir", fresh, "chess", "black");
        assertThat(archiveFiles()).hasSize(2);
    }

    @Test
    void aRebuiltJarGetsAFreshArchive() throws Exception {
        CliRun expected = direct("chess", "black");
        lookup("chess", "black");
        Files.setLastModifiedTime(project.resolve("target/charfinder.jar"), FileTime.from(Instant.now()));
        assertThat(lookupClassSource(expected, "chess", "black")).startsWith("file:");
        assertThat(lookupClassSource(expected, "chess", "black")).isEqualTo(SHARED);
    }

    @Test
    void aTruncatedArchiveIsNeverMappedAndIsMadeAgain() throws Exception {
        CliRun expected = direct("chess", "black");
        lookup("chess", "black");
        Path archive = archive();
        long size = Files.size(archive);
        try (FileChannel file = FileChannel.open(archive, StandardOpenOption.WRITE)) {
            file.truncate(size / 2);
        }
        assertThat(lookupClassSource(expected, "chess", "black")).startsWith("file:");
        assertThat(Files.size(archive())).isEqualTo(size);
        assertThat(lookupClassSource(expected, "chess", "black")).isEqualTo(SHARED);
    }

    @Test
    void aCorruptArchiveIsNeverMapped() throws Exception {
        CliRun expected = direct("chess", "black");
        lookup("chess", "black");
        Path archive = archive();
        byte[] noise = new byte[4096];
        Arrays.fill(noise, (byte) 0x5A);
        try (FileChannel file = FileChannel.open(archive, StandardOpenOption.WRITE)) {
            file.write(ByteBuffer.wrap(noise), 0);
            file.write(ByteBuffer.wrap(noise), Files.size(archive) / 2);
        }
        assertThat(lookupClassSource(expected, "chess", "black")).startsWith("file:");
        assertThat(lookupClassSource(expected, "chess", "black")).isEqualTo(SHARED);
    }

    /**
     * An older jar put back with its own time passes the launcher's check (the archive is newer)
     * but not the JVM's, which compares the jar's time with the one it archived: Java 17 would
     * print a warning on standard output.
     */
    @Test
    void anArchiveTheJvmRefusesIsLeftAsideInSilence() throws Exception {
        CliRun expected = direct("chess", "black");
        lookup("chess", "black");
        Path jar = project.resolve("target/charfinder-own.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Files.getLastModifiedTime(jar).toInstant().minus(1, ChronoUnit.HOURS)));
        assertThat(lookupClassSource(expected, "chess", "black")).startsWith("file:");
    }

    @Test
    void aFolderThatCannotTakeTheArchiveCostsOnlyTheArchive() throws Exception {
        CliRun expected = direct("chess", "black");
        Files.writeString(archives, "a file where the archives' folder would be\n");
        assertThat(lookupClassSource(expected, "chess", "black")).startsWith("file:");
        assertThat(lookup("chess", "black")).isEqualTo(expected);
        assertThat(Files.isRegularFile(archives)).isTrue();
    }

    @Test
    void lookupsStartedTogetherLeaveOneWholeArchive() throws Exception {
        CliRun expected = direct("chess", "black");
        List<Process> lookups = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lookups.add(CliRun.startLauncherIn(project, environment(), "--cache-dir", CACHE, "chess", "black"));
        }
        for (Process lookup : lookups) {
            assertThat(CliRun.finish(lookup)).isEqualTo(expected);
        }
        assertThat(archiveFiles()).hasSize(2);
        assertThat(lookupClassSource(expected, "chess", "black")).isEqualTo(SHARED);
    }

    /** The same lookup without the launcher: {@code java -jar}, no archive of ours. */
    private static CliRun direct(String... query) throws Exception {
        return CliRun.finish(CliRun.startJar(withCache(query)));
    }

    private CliRun lookup(String... query) throws Exception {
        return CliRun.launcherIn(project, environment(), withCache(query));
    }

    /** Where the lookup's main class came from, as the JVM logs it; the run must print what {@code expected} did. */
    private String lookupClassSource(CliRun expected, String... query) throws Exception {
        Path log = dir.resolve("classes-" + logs++ + ".log");
        Map<String, String> env = environment();
        env.put("CHARFINDER_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        assertThat(CliRun.launcherIn(project, env, withCache(query))).isEqualTo(expected);
        String line = " charfinder.cli.Lookup source: ";
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(line)).findFirst().orElseThrow()
                .replaceFirst(".*" + line, "");
        }
    }

    /** The launcher runs the JDK the tests run on. */
    private static Map<String, String> environment() {
        return new HashMap<>(Map.of("JAVA_HOME", CliRun.JAVA_HOME));
    }

    private static String[] withCache(String... query) {
        List<String> args = new ArrayList<>(List.of("--cache-dir", CACHE));
        args.addAll(List.of(query));
        return args.toArray(String[]::new);
    }

    /** The archive and its stamp, and nothing half-made beside them. */
    private List<String> archiveFiles() throws IOException {
        try (Stream<Path> files = Files.list(archives)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertThat(names).allMatch(n -> n.endsWith(".jsa") || n.endsWith(".stamp"));
            return names;
        }
    }

    private Path archive() throws IOException {
        return archives.resolve(archiveFiles().get(0));
    }
}
