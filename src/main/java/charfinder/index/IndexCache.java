package charfinder.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index kept on disk, so that a process maps it in milliseconds instead of building it,
 * and reads only the parts a query needs.
 *
 * <p>A file that is missing, not a regular file, too large, damaged, or of another format or
 * data version is rebuilt and rewritten; it is written to a temporary file and renamed, so
 * readers only ever see a whole file (and a reader that has it mapped keeps the old one). A
 * folder that cannot be written only costs the cache.
 */
public final class IndexCache {

    public static final String FILE_NAME = "unicode-names.idx";
    /** A real index is about a tenth of this; anything larger is not ours. */
    static final long MAX_FILE_BYTES = 1L << 30;

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
     * Maps the cached index, or builds it and writes the cache. With {@code checkAll}, every
     * block and value is checked now (a server, which shares the index between threads);
     * otherwise blocks are checked as queries read them, and a query that meets damage throws
     * {@link CorruptIndexException}: call {@link #rebuild} then.
     */
    public Loaded loadOrBuild(boolean checkAll) {
        long t0 = System.nanoTime();
        String problem;
        try {
            UnicodeNameIndex index = read();
            if (checkAll) {
                index.checkAll();
            }
            return new Loaded(index, true, "loaded from cache " + file + " in " + elapsedMillis(t0) + " ms");
        } catch (NoSuchFileException e) {
            problem = "missing";
        } catch (CacheFormatException | CorruptIndexException e) {
            problem = "unusable (" + e.getMessage() + ")";
        } catch (IOException e) {
            problem = "unreadable (" + describe(e) + ")";
        }
        return rebuild(problem);
    }

    /**
     * Builds the index, writes the cache, and answers the index mapped from the new file when it
     * could be written. Processes that need the same cache at once take turns on a lock file
     * beside it: the first builds, the others then map what it wrote.
     */
    public Loaded rebuild(String problem) {
        if (problem.equals("missing")) {
            Log.LOG.info("Index cache {} is missing: building it", file);
        } else {
            Log.LOG.warn("Index cache {} is {}: rebuilding it", file, problem);
        }
        try (FileChannel lock = buildLock()) {
            if (lock != null) {
                try {
                    UnicodeNameIndex index = read();
                    index.checkAll();
                    Log.LOG.info("Index cache {} was built by another process meanwhile", file);
                    return new Loaded(index, true, "loaded from cache " + file + ", which another process built");
                } catch (IOException | CacheFormatException | CorruptIndexException e) {
                    // still ours to build
                }
            }
            return build(problem);
        } catch (IOException e) {
            return build(problem);
        }
    }

    /**
     * The lock file beside the cache, locked for this process until it is closed, or {@code null}
     * where there can be none (a folder that cannot be written: build alone).
     */
    private FileChannel buildLock() {
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(FILE_NAME + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.lock();
            return channel;
        } catch (IOException | OverlappingFileLockException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing was locked
                }
            }
            return null;
        }
    }

    private Loaded build(String problem) {
        long t0 = System.nanoTime();
        UnicodeNameIndex built = UnicodeNameIndex.build();
        long ms = elapsedMillis(t0);
        UnicodeNameIndex index = built;
        boolean written = write(built);
        if (written) {
            try {
                // The built image sits on the heap; the mapped file does not.
                index = read();
                index.checkAll();
            } catch (IOException | CacheFormatException | CorruptIndexException e) {
                Log.LOG.warn("Index cache {} cannot be read back ({}); going on with the index built", file, e.getMessage());
                index = built;
            }
        }
        Log.LOG.info("Built index of {} items in {} ms{}", built.itemCount(), ms, written ? "; wrote " + file : "");
        return new Loaded(index, false, "built in " + ms + " ms (cache was " + problem + ")");
    }

    /** What is wrong with the cache file ({@code missing}, {@code unusable (...)}), or {@code null} when nothing is. */
    public String problem() {
        try {
            read().checkAll();
            return null;
        } catch (NoSuchFileException e) {
            return "missing";
        } catch (CacheFormatException | CorruptIndexException e) {
            return "unusable (" + e.getMessage() + ")";
        } catch (IOException e) {
            return "unreadable (" + describe(e) + ")";
        }
    }

    /** Maps and checks the cache file's header; its blocks are checked as they are read. */
    public UnicodeNameIndex read() throws IOException, CacheFormatException {
        VersionsReader expected = VersionsReader.started();
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            // Opening a FIFO or a device to read it could block or never end.
            throw new CacheFormatException("not a regular file");
        }
        if (attributes.size() > MAX_FILE_BYTES) {
            throw new CacheFormatException("too large (" + attributes.size() + " bytes)");
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            if (size > MAX_FILE_BYTES) {
                throw new CacheFormatException("too large (" + size + " bytes)");
            }
            ByteBuffer mapped = in.map(FileChannel.MapMode.READ_ONLY, 0, size);
            return UnicodeNameIndex.open(mapped, expected.expected());
        }
    }

    /** Writes the cache atomically; on failure logs one warning and answers false. */
    public boolean write(UnicodeNameIndex index) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, FILE_NAME + ".", ".tmp");
            makeReadableByAll(tmp);
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = index.image();
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
