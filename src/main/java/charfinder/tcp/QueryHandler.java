package charfinder.tcp;

import charfinder.index.QueryException;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.PythonRepr;
import io.micrometer.core.instrument.Counter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.flow.FlowControlHandler;
import io.netty.handler.stream.ChunkedWriteHandler;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation: a prompt, then for each line its answer (rows, status line, prompt), in the
 * order the lines came. It takes one line at a time: with auto-read off, it asks for the next line
 * ({@code ctx.read()}) only when the previous answer is written, so the lines waiting are those of
 * one read, held by the {@link FlowControlHandler} before it, and a client that does not read
 * stops being read. Answers are {@link AnswerChunks} written by the {@link ChunkedWriteHandler},
 * which makes the next chunk only while the socket takes them. After a few lines it lets the
 * other connections of its event loop go first. One instance per channel.
 */
final class QueryHandler extends ChannelInboundHandlerAdapter {

    static final String PROMPT = "?> ";

    /** Stands for a line that was over the limit, so that its error comes in its turn. */
    static final Object LINE_TOO_LONG = new Object() {
        @Override
        public String toString() {
            return "LINE_TOO_LONG";
        }
    };

    /** Lines answered one after another before the event loop serves its other connections. */
    static final int LINES_PER_TURN = 16;
    /** Short replies gathered beyond this many bytes are written out, so that writability sees them. */
    static final int REPLIES_BYTES = 4096;

    private static final Logger LOG = LoggerFactory.getLogger(QueryHandler.class);

    private final UnicodeNameIndex index;
    private final int maxLineBytes;
    /** Queries answered, with rows or with an error line. */
    private final Counter answered;
    private ChannelHandlerContext ctx;
    /** The answer being written, for the log when the client leaves before its end. */
    private AnswerChunks current;
    private boolean closing;
    /** Lines taken since the event loop last served the others. */
    private int linesThisTurn;
    /** Lines delivered so far: tells whether a read found one waiting. */
    private long linesTaken;
    /**
     * Short replies (prompts, errors) gathered into one buffer until it is written out: a client
     * sending blank lines would otherwise fill its outbound queue with thousands of three-byte
     * buffers, each costing a hundred bytes of bookkeeping.
     */
    private ByteBuf replies;
    /** Whether a line was asked for and has not come. */
    private boolean wantLine;
    /** Whether the next line is wanted as soon as the channel is writable again. */
    private boolean readWhenWritable;

    QueryHandler(UnicodeNameIndex index, int maxLineBytes, Counter answered) {
        this.index = index;
        this.maxLineBytes = maxLineBytes;
        this.answered = answered;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        reply(PROMPT);
        ctx.fireChannelActive();
        takeNext();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        linesTaken++;
        wantLine = false;
        if (closing || !ctx.channel().isActive()) {
            if (msg instanceof ByteBuf buf) {
                buf.release();
            }
            return;
        }
        if (msg instanceof SessionEnd.Request end) {
            // Every line before it is answered: close once those answers are out.
            closing = true;
            writeReplies();
            ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(
                (ChannelFutureListener) f -> SessionEnd.close(f.channel(), end.reason()));
        } else if (msg == LINE_TOO_LONG) {
            LOG.info("Ignored a line of more than {} bytes from {}", maxLineBytes, ctx.channel().remoteAddress());
            reply("Line too long: a query is at most " + maxLineBytes + " bytes; it was ignored.\r\n" + PROMPT);
            takeNext();
        } else if (msg instanceof String line) {
            answer(line);
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    private void answer(String line) {
        if (line.isBlank()) {
            reply(PROMPT);
            takeNext();
            return;
        }
        Channel channel = ctx.channel();
        LOG.info("Received from {}: {}", channel.remoteAddress(), PythonRepr.of(line));
        AnswerChunks answer;
        try {
            answer = new AnswerChunks(index, line, index.search(line), ctx.channel());
        } catch (QueryException e) {
            LOG.info("Refused query from {}: {}", channel.remoteAddress(), e.getMessage());
            answered.increment();
            reply("Error: " + e.getMessage() + "\r\n" + PROMPT);
            takeNext();
            return;
        }
        current = answer;
        writeReplies();
        ChannelFuture written = ctx.writeAndFlush(answer);
        written.addListener(f -> {
            current = null;
            if (f.isSuccess()) {
                answered.increment();
                LOG.info("Sent {} {} to {}", answer.total(), answer.total() == 1 ? "result" : "results",
                    channel.remoteAddress());
                takeNext();
            } else if (channel.isActive()) {
                // The answer failed mid-way: the client would wait for the rest until the idle timeout.
                LOG.warn("Closing {}: the answer to {} failed after {} of {} results: {}", channel.remoteAddress(),
                    PythonRepr.of(line), answer.sent(), answer.total(), f.cause().toString());
                SessionEnd.close(channel, "server error: " + f.cause());
            }
        });
    }

    /**
     * Asks for the next line, once the channel takes more output. Waiting lines come from the
     * {@link FlowControlHandler} at once; when none waits, what was written is flushed and the
     * socket is read.
     */
    private void takeNext() {
        Channel channel = ctx.channel();
        if (closing || !channel.isActive()) {
            return;
        }
        if (replies != null && replies.readableBytes() >= REPLIES_BYTES) {
            writeReplies();
        }
        if (!channel.isWritable()) {
            flush();
            if (!channel.isWritable()) {
                readWhenWritable = true; // a client that does not read is not read either
                return;
            }
        }
        if (++linesThisTurn > LINES_PER_TURN) {
            linesThisTurn = 0;
            flush();
            // Scheduled, not execute()d: the event loop runs the tasks that execute() queues, even
            // those queued meanwhile, before it looks at its sockets again; a scheduled task waits for
            // the next round, after the other channels' input and output.
            ctx.executor().schedule(this::takeNext, 0, TimeUnit.NANOSECONDS);
            return;
        }
        long before = linesTaken;
        wantLine = true;
        ctx.read();
        if (linesTaken == before) {
            // Nothing was waiting: the socket is being read; send what is written meanwhile.
            flush();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        // The lines of one read count together, whether they waited or came one by one from the framer.
        linesThisTurn = 0;
        // A read that brought no whole line (part of one, or nothing) ends here: ask again.
        if (wantLine && !closing && ctx.channel().isActive()) {
            ctx.read();
        }
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (readWhenWritable && ctx.channel().isWritable()) {
            readWhenWritable = false;
            takeNext();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Channel channel = ctx.channel();
        if (cause instanceof IOException) {
            SessionEnd.close(channel, "connection lost: " + cause.getMessage());
        } else {
            LOG.warn("Closing {} after an unexpected error: {}", channel.remoteAddress(), cause.toString());
            SessionEnd.close(channel, "server error: " + cause);
        }
    }

    private void reply(String text) {
        if (replies == null) {
            replies = ctx.alloc().buffer(256);
        }
        ByteBufUtil.writeUtf8(replies, text);
    }

    private void writeReplies() {
        if (replies != null) {
            ByteBuf out = replies;
            replies = null;
            ctx.write(out);
        }
    }

    private void flush() {
        writeReplies();
        ctx.flush();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (replies != null) {
            replies.release();
            replies = null;
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        AnswerChunks unfinished = current;
        if (unfinished != null) {
            LOG.info("Stopped sending to {} after {} of {} results", ctx.channel().remoteAddress(),
                unfinished.sent(), unfinished.total());
            current = null;
        }
        ctx.fireChannelInactive();
    }

}
