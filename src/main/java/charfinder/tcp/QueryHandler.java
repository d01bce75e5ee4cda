package charfinder.tcp;

import charfinder.index.QueryException;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.PythonRepr;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.TooLongFrameException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation: a prompt, then for each line its answer (rows, status line, prompt), in the
 * order the lines came. Answers are written only while the channel is writable, so a client
 * that does not read holds at most the channel's write-buffer high water mark plus one batch;
 * reading stops while many lines wait, so a client that sends without reading cannot queue
 * without end either. One instance per channel.
 */
final class QueryHandler extends ChannelInboundHandlerAdapter {

    static final String PROMPT = "?> ";

    private static final Logger LOG = LoggerFactory.getLogger(QueryHandler.class);

    /** Rows are written in batches of about this many characters (4 to 12 KiB of UTF-8). */
    private static final int BATCH_CHARS = 4 * 1024;
    /**
     * After writing this much in one go, the event loop serves its other channels before going on:
     * a huge answer then delays the others' answers by a fraction of a millisecond at most.
     */
    static final int TURN_BYTES = 16 * 1024;
    /** Reading pauses while this many lines wait for their answers. */
    private static final int MAX_WAITING_LINES = 64;
    /** Stands in the queue for a line that was over the limit, so its error comes in its turn. */
    private static final Object LINE_TOO_LONG = new Object();

    private final UnicodeNameIndex index;
    private final int maxLineBytes;
    private final Queue<Object> waiting = new ArrayDeque<>();
    private ChannelHandlerContext ctx;
    private AnswerWriter current;
    private boolean inputClosed;
    private boolean closing;
    private boolean draining;
    private boolean drainScheduled;

    QueryHandler(UnicodeNameIndex index, int maxLineBytes) {
        this.index = index;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(text(PROMPT));
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof String)) {
            ctx.fireChannelRead(msg);
            return;
        }
        String line = (String) msg;
        if (!ctx.channel().isActive() || closing) {
            return;
        }
        if (!line.isBlank()) {
            LOG.info("Received from {}: {}", ctx.channel().remoteAddress(), PythonRepr.of(line));
        }
        enqueue(line);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Channel channel = ctx.channel();
        if (cause instanceof TooLongFrameException) {
            LOG.info("Ignored a line of more than {} bytes from {}", maxLineBytes, channel.remoteAddress());
            enqueue(LINE_TOO_LONG);
        } else if (cause instanceof IOException) {
            SessionEnd.close(channel, "connection lost: " + cause.getMessage());
        } else {
            LOG.warn("Closing {} after an unexpected error: {}", channel.remoteAddress(), cause.toString());
            SessionEnd.close(channel, "server error: " + cause);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof ChannelInputShutdownEvent) {
            // The client has sent all it will: answer what it asked, then close.
            inputClosed = true;
            drain();
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            drain();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (current != null) {
            LOG.info("Stopped sending to {} after {} of {} results", ctx.channel().remoteAddress(),
                current.sent(), current.total());
            current = null;
        }
        waiting.clear();
        ctx.fireChannelInactive();
    }

    private void enqueue(Object item) {
        waiting.add(item);
        if (waiting.size() >= MAX_WAITING_LINES) {
            ctx.channel().config().setAutoRead(false);
        }
        drain();
    }

    /**
     * Writes what is waiting, for as long as the channel takes it. A call made while this runs
     * (a flush can report new writability at once) is not lost: it comes back as a task.
     */
    private void drain() {
        if (draining) {
            scheduleDrain();
            return;
        }
        draining = true;
        try {
            drainOnce();
        } finally {
            draining = false;
        }
    }

    private void drainOnce() {
        if (closing) {
            return;
        }
        Channel channel = ctx.channel();
        int written = 0;
        while (channel.isActive()) {
            if (!channel.isWritable()) {
                ctx.flush();
                if (!channel.isWritable()) {
                    break; // channelWritabilityChanged resumes
                }
            }
            if (current == null && !startNext()) {
                break;
            }
            if (current != null) {
                ByteBuf batch = current.nextBatch(ctx.alloc(), BATCH_CHARS);
                written += batch.readableBytes();
                ctx.write(batch);
                if (current.done()) {
                    LOG.info("Sent {} {} to {}", current.total(), current.total() == 1 ? "result" : "results",
                        channel.remoteAddress());
                    current = null;
                }
            }
            if (written >= TURN_BYTES && (current != null || !waiting.isEmpty())) {
                scheduleDrain();
                break;
            }
        }
        ctx.flush();
        if (!channel.config().isAutoRead() && waiting.size() < MAX_WAITING_LINES / 2 && !inputClosed) {
            channel.config().setAutoRead(true);
        }
        if (inputClosed && current == null && waiting.isEmpty() && channel.isActive()) {
            closing = true;
            ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(
                (ChannelFutureListener) f -> SessionEnd.close(f.channel(), "client closed the connection"));
        }
    }

    /** Takes the next waiting line: short replies are written now, an answer becomes {@link #current}. */
    private boolean startNext() {
        Object item = waiting.poll();
        if (item == null) {
            return false;
        }
        if (item == LINE_TOO_LONG) {
            ctx.write(text("Line too long: a query is at most " + maxLineBytes + " bytes; it was ignored.\r\n" + PROMPT));
            return true;
        }
        String line = (String) item;
        if (line.isBlank()) {
            ctx.write(text(PROMPT));
            return true;
        }
        try {
            current = new AnswerWriter(index, line, index.search(line));
        } catch (QueryException e) {
            LOG.info("Refused query from {}: {}", ctx.channel().remoteAddress(), e.getMessage());
            ctx.write(text("Error: " + e.getMessage() + "\r\n" + PROMPT));
        }
        return true;
    }

    private void scheduleDrain() {
        if (!drainScheduled) {
            drainScheduled = true;
            // Scheduled, not execute()d: the event loop runs the tasks that execute() queues, even
            // those queued meanwhile, for up to a second before it looks at its sockets again; a
            // scheduled task waits for the next round, after the other channels' input and output.
            ctx.executor().schedule(() -> {
                drainScheduled = false;
                drain();
            }, 0, TimeUnit.NANOSECONDS);
        }
    }

    private ByteBuf text(String s) {
        return ByteBufUtil.writeUtf8(ctx.alloc(), s);
    }
}
