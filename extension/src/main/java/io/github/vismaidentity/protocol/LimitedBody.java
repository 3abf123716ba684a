package io.github.vismaidentity.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an answer's body up to a limit. A body that announces or turns out larger fails with
 * {@link AnswerTooLarge} as soon as the limit is passed, and the rest is never read: a misrouted or
 * hostile answer costs at most the limit in memory. {@link #abort()} stops a body that is still coming.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final URI from;
    private final int limit;
    private final boolean announcedTooLarge;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;

    LimitedBody(URI from, int limit, HttpResponse.ResponseInfo answer) {
        this.from = from;
        this.limit = limit;
        this.announcedTooLarge = answer.headers().firstValueAsLong("Content-Length").orElse(0) > limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        subscription = given;
        if (announcedTooLarge) {
            tooLarge();
        } else if (body.isDone()) {
            // Failed before the body began (its deadline passed): nothing of it is read.
            given.cancel();
        } else {
            given.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> parts) {
        for (ByteBuffer part : parts) {
            if (body.isDone()) {
                return;
            }
            if (received.size() + (long) part.remaining() > limit) {
                tooLarge();
                return;
            }
            byte[] bytes = new byte[part.remaining()];
            part.get(bytes);
            received.writeBytes(bytes);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(received.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    /** Stops reading; the connection is closed, not reused. */
    void abort() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    /** Stops reading, and the answer fails with {@code why}, unless it is complete already. */
    void fail(IOException why) {
        abort();
        body.completeExceptionally(why);
    }

    private void tooLarge() {
        fail(new AnswerTooLarge(from, limit));
    }
}
