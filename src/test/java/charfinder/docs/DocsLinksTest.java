package charfinder.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README and the pages under docs/ link only to what is in the repository. */
class DocsLinksTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();

    @Test
    void theProjectsPagesLinkOnlyToFilesAndHeadingsThatExist() {
        DocLinks links = new DocLinks(ROOT);
        List<Path> documents = links.documents();
        assertThat(documents).contains(ROOT.resolve("README.md"));
        List<String> problems = new ArrayList<>();
        for (Path doc : documents) {
            problems.addAll(links.problems(doc));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theReadmesOwnHeadingsHaveTheAnchorsItsLinksUse() {
        // The anchors GitHub gives them; the README links to the last two.
        assertThat(new DocLinks(ROOT).anchors(ROOT.resolve("README.md")))
            .contains("the-command-line", "what-is-this-character---info", "the-details-of-an-item-apichar", "the-log");
    }

    @Test
    void anchorsFollowGitHubsRules() {
        assertThat(DocLinks.slug("The details of an item: `/api/char`")).isEqualTo("the-details-of-an-item-apichar");
        assertThat(DocLinks.slug("What is this character? `--info`")).isEqualTo("what-is-this-character---info");
        assertThat(DocLinks.slug("Did you *mean* [this](x.md)?")).isEqualTo("did-you-mean-this");
        assertThat(DocLinks.slug("고양이 찾기 (U+1F408)")).isEqualTo("고양이-찾기-u1f408");
        assertThat(DocLinks.slug("snake_case and 4.2")).isEqualTo("snake_case-and-42");
    }

    @Test
    void goodLinksPass(@TempDir Path repo) throws IOException {
        write(repo, "README.md", """
            # Title

            See [the guide](docs/guide.md), [its part](docs/guide.md#part-two-b), [below](#a-section),
            [again](#a-section-1), [the folder](src/), [a space](docs/with%20space.md), [Netty](https://netty.io/).
            Also `docs/guide.md` and docs/guide.md#part-two-b. Run `curl localhost:8888/api/health`.

            ```console
            $ curl -s http://localhost:8888/api/health
            ```

            ## A section
            ## A section
            """);
        write(repo, "docs/guide.md", "# Guide\n\n## Part two: `b`\n\nBack to [the README](../README.md#title).\n");
        write(repo, "docs/with space.md", "# Space\n");
        Files.createDirectories(repo.resolve("src"));
        DocLinks links = new DocLinks(repo);
        assertThat(links.documents()).hasSize(3);
        for (Path doc : links.documents()) {
            assertThat(links.problems(doc)).as(doc.toString()).isEmpty();
        }
    }

    @Test
    void aLinkToAMissingFileFails(@TempDir Path repo) throws IOException {
        write(repo, "README.md", "# T\n\nRead [the history](HISTORY.md) and [the API](docs/api.md).\n");
        assertThat(new DocLinks(repo).problems(repo.resolve("README.md")))
            .anySatisfy(p -> assertThat(p).startsWith("README.md:3: links to HISTORY.md, but HISTORY.md is not in the repository"))
            .anySatisfy(p -> assertThat(p).contains("links to docs/api.md, but docs/api.md is not in the repository"));
    }

    @Test
    void anAnchorThatNamesNoHeadingFails(@TempDir Path repo) throws IOException {
        write(repo, "README.md", """
            # T

            ## The log

            See [the log](#the-logs), [the log](#The-Log) and [the guide](docs/guide.md#missing).
            """);
        write(repo, "docs/guide.md", "# Guide\n");
        List<String> problems = new DocLinks(repo).problems(repo.resolve("README.md"));
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).contains("#the-logs").contains("has no heading whose anchor is #the-logs");
        assertThat(problems.get(2)).contains("docs/guide.md has no heading whose anchor is #missing");
    }

    @Test
    void aPageThatNamesAMarkdownFileThatIsNotThereFails(@TempDir Path repo) throws IOException {
        write(repo, "README.md", """
            # T

            The history is in `HISTORY.md`, part 2.

            ```sh
            cat docs/NOTES.md
            ```
            """);
        assertThat(new DocLinks(repo).problems(repo.resolve("README.md"))).containsExactly(
            "README.md:3: names HISTORY.md, which is not in the repository",
            "README.md:6: names docs/NOTES.md, which is not in the repository");
    }

    @Test
    void linksToLocalAddressesOrOutsideTheRepositoryFail(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve("project"));
        write(repo, "secret.txt", "x");
        write(repo.resolve("project"), "README.md", """
            # T

            [the page](http://localhost:8888/), [health](http://127.0.0.1:8888/api/health),
            [a file](file:///etc/passwd), [up](../secret.txt), [nothing]()
            """);
        assertThat(new DocLinks(repo.resolve("project")).problems(repo.resolve("project/README.md"))).hasSize(5)
            .anySatisfy(p -> assertThat(p).contains("http://localhost:8888/, which is not a public site"))
            .anySatisfy(p -> assertThat(p).contains("http://127.0.0.1:8888/api/health, which is not a public site"))
            .anySatisfy(p -> assertThat(p).contains("only http and https addresses may be linked"))
            .anySatisfy(p -> assertThat(p).contains("../secret.txt, which is outside the repository"))
            .anySatisfy(p -> assertThat(p).contains("a link with no target"));
    }

    @Test
    void bareLocalAddressesInProseFailButNotInCode(@TempDir Path repo) throws IOException {
        write(repo, "README.md", """
            # T

            Open http://localhost:8888 and see <http://127.0.0.1:8888/api/health>.
            Open `http://localhost:8888`, or https://netty.io/wiki/. Or www.unicode.org.

            ```sh
            curl http://localhost:8888/
            ```
            """);
        assertThat(new DocLinks(repo).problems(repo.resolve("README.md"))).containsExactly(
            "README.md:3: links to http://localhost:8888, which is not a public site (a local address belongs in an example command)",
            "README.md:3: links to http://127.0.0.1:8888/api/health, which is not a public site (a local address belongs in an example command)");
    }

    private static void write(Path repo, String name, String text) throws IOException {
        Path file = repo.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
