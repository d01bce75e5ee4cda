package charfinder.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Arrays;

/**
 * The baseline of the HTTP benchmarks: Netty's HTTP codec answering every request with the same
 * body of a given size, and doing nothing else. {@code FixedBodyServer PORT BYTES}, on Netty's
 * default number of event loops unless {@code -Dloops=N} says otherwise.
 */
public final class FixedBodyServer {

    private FixedBodyServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] bytes = new byte[Integer.parseInt(args[1])];
        Arrays.fill(bytes, (byte) 'x');
        ByteBuf body = Unpooled.unreleasableBuffer(Unpooled.directBuffer(bytes.length).writeBytes(bytes));
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(Integer.getInteger("loops", 0),
            NioIoHandler.newFactory());
        try {
            Channel listener = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        addHandlers(ch.pipeline(), body);
                    }
                })
                .bind("127.0.0.1", port).sync().channel();
            listener.closeFuture().sync();
        } finally {
            group.shutdownGracefully();
        }
    }

    /** The whole pipeline of the server: the codec, keep-alive, and the fixed reply. */
    public static void addHandlers(ChannelPipeline pipeline, ByteBuf body) {
        pipeline.addLast(new HttpServerCodec(), new HttpServerKeepAliveHandler(), new Responder(body));
    }

    /** Answers each request with the fixed body. */
    private static final class Responder extends SimpleChannelInboundHandler<HttpRequest> {

        private final ByteBuf body;

        Responder(ByteBuf body) {
            this.body = body;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpRequest request) {
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                body.duplicate());
            response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
            ctx.writeAndFlush(response);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            // wrk resets its connections when it stops; nothing to report.
            ctx.close();
        }
    }
}
