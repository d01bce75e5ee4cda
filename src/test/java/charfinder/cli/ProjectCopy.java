package charfinder.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** A copy of the project in a folder of its own, for launcher tests that change what lies beside the launcher. */
final class ProjectCopy {

    private ProjectCopy() {
    }

    /** The launcher and the built jars, and no sources: the launcher finds nothing to rebuild. */
    static Path withJars(Path root) throws IOException {
        copy(CliRun.ROOT.resolve("charfinder"), root.resolve("charfinder"));
        Path target = Files.createDirectories(root.resolve("target"));
        copy(CliRun.JAR, target.resolve("charfinder.jar"));
        copy(CliRun.JAR.resolveSibling("charfinder-own.jar"), target.resolve("charfinder-own.jar"));
        return root.toRealPath();
    }

    /**
     * The launcher, the pom and the main sources, and no jar, as a fresh checkout has them; Maven
     * builds it offline from the local repository the tests were built with.
     */
    static Path withSources(Path root) throws IOException {
        copy(CliRun.ROOT.resolve("charfinder"), root.resolve("charfinder"));
        copy(CliRun.ROOT.resolve("pom.xml"), root.resolve("pom.xml"));
        Path sources = CliRun.ROOT.resolve("src/main");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                copy(file, root.resolve("src/main").resolve(sources.relativize(file).toString()));
            }
        }
        Files.createDirectories(root.resolve(".mvn"));
        Files.write(root.resolve(".mvn/maven.config"),
            List.of("--offline", "-Dmaven.repo.local=" + System.getProperty("charfinder.maven.repo")));
        return root.toRealPath();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
}
