package charfinder.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index kept on disk, so that a process loads it in milliseconds instead of building it.
 *
 * <p>A file that is missing, damaged, or of another format or Unicode version is rebuilt and
 * rewritten; it is written to a temporary file and renamed, so readers only ever see a whole
 * file. A folder that cannot be written only costs the cache.
 */
public final class IndexCache {

    public static final String FILE_NAME = "unicode-names.idx";

    /**
     * Created on first use: a command-line lookup that loads a good cache logs nothing and so
     * never pays the logging framework's start-up.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(IndexCache.class);
    }

    private final Path dir;
    private final Path file;

    public IndexCache(Path dir) {
        this.dir = dir;
        this.file = dir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** How the index came to be: loaded from the cache, or built (and why). */
    public record Loaded(UnicodeNameIndex index, boolean fromCache, String how) {
    }

    /**
     * Loads the cached index, or builds it and writes the cache. A problem with the cache is
     * logged here; a good load is not, so callers say where the index came from ({@link Loaded#how}).
     */
    public Loaded loadOrBuild() {
        long t0 = System.nanoTime();
        String problem;
        try {
            UnicodeNameIndex index = read();
            long ms = elapsedMillis(t0);
            return new Loaded(index, true, "loaded from cache " + file + " in " + ms + " ms");
        } catch (NoSuchFileException e) {
            problem = "missing";
        } catch (CacheFormatException e) {
            problem = "unusable (" + e.getMessage() + ")";
        } catch (IOException e) {
            problem = "unreadable (" + describe(e) + ")";
        }
        Log.LOG.warn("Index cache {} is {}: rebuilding it", file, problem);
        t0 = System.nanoTime();
        UnicodeNameIndex index = UnicodeNameIndex.build();
        long ms = elapsedMillis(t0);
        boolean written = write(index);
        Log.LOG.info("Built index of {} characters in {} ms{}", index.characterCount(), ms,
            written ? "; wrote " + file : "");
        return new Loaded(index, false, "built in " + ms + " ms (cache was " + problem + ")");
    }

    /** Reads and checks the cache file. */
    public UnicodeNameIndex read() throws IOException, CacheFormatException {
        return IndexFile.decode(Files.readAllBytes(file), UnicodeVersion.current());
    }

    /** Writes the cache atomically; on failure logs one warning and answers false. */
    public boolean write(UnicodeNameIndex index) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, FILE_NAME + ".", ".tmp");
            makeReadableByAll(tmp);
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(IndexFile.encode(index));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            Log.LOG.warn("Cannot write index cache {}: {}; going on without it", file, describe(e));
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is ours alone; a leftover one is harmless
                }
            }
            return false;
        }
    }

    /** Temporary files are private; the cache is for every user of the checkout. */
    private static void makeReadableByAll(Path tmp) throws IOException {
        if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + ((FileSystemException) e).getFile();
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + ": " + fse.getFile();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static long elapsedMillis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
